package com.tutormax.api.interventions.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a task, for its timeline: who (a user's email, or the scheduler), when, what
 * (ASSIGN, STATUS, OUTCOME, OVERDUE), the move and, where it applies, the assignee, outcome, note.
 */
public record HistoryEntry(
    Instant at,
    String actor,
    UUID actorId,
    String action,
    InterventionStatus fromStatus,
    InterventionStatus toStatus,
    UUID assigneeId,
    InterventionOutcome outcome,
    String note) {}
