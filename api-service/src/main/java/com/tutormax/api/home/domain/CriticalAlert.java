package com.tutormax.api.home.domain;

import java.time.Instant;
import java.util.List;

/** A critical tutor on the home's alerts queue, with the open tasks recommended for them. */
public record CriticalAlert(
    String tutorId,
    String tutorName,
    double score,
    String riskLevel,
    Instant asOf,
    String topFactor,
    List<OpenTask> recommended) {}
