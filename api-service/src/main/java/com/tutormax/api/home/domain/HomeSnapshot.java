package com.tutormax.api.home.domain;

import java.time.Instant;
import java.util.List;

/** What the home shows to everyone alike, as computed at {@code refreshedAt}. */
public record HomeSnapshot(
    Instant refreshedAt, HomeKpis kpis, List<CriticalAlert> alerts, List<TrendDay> trend) {}
