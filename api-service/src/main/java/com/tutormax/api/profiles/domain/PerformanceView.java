package com.tutormax.api.profiles.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tutor's latest evaluation: tier, score, metrics by window (7d, 30d, 90d), metric flags. */
public record PerformanceView(
    String tier,
    String previousTier,
    double score,
    Map<String, Map<String, Double>> metricsByWindow,
    List<String> flags,
    Instant asOf) {}
