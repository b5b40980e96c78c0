package com.tutormax.api.profiles.domain;

import java.time.Instant;

/** One intervention of a tutor's history (core.interventions), as the profile shows it. */
public record InterventionEntry(
    String interventionId,
    String interventionType,
    boolean automated,
    String riskLevel,
    String priority,
    String reason,
    String status,
    Instant recommendedAt,
    Instant dueAt,
    Instant overdueAt) {}
