package com.tutormax.api.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tutor's personal goal: reach {@code target} of a metric over the days it covers. */
public record Goal(
    UUID goalId,
    String tutorId,
    GoalMetric metric,
    double target,
    LocalDate startsOn,
    LocalDate endsOn,
    Instant createdAt) {}
