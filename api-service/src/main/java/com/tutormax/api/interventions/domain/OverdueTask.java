package com.tutormax.api.interventions.domain;

import java.time.Instant;

/** A human intervention task that went past its SLA deadline without being taken further. */
public record OverdueTask(
    String interventionId,
    String tutorId,
    String interventionType,
    String priority,
    String reason,
    Instant recommendedAt,
    Instant dueAt) {}
