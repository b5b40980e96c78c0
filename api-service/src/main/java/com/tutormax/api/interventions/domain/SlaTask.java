package com.tutormax.api.interventions.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A human task the SLA check acted on (marked overdue, or found due soon): what the notices and the
 * update event say about it. {@code status} is its workflow status after the check.
 */
public record SlaTask(
    String interventionId,
    String tutorId,
    String interventionType,
    String priority,
    String reason,
    Instant recommendedAt,
    Instant dueAt,
    InterventionStatus status,
    UUID assigneeId) {}
