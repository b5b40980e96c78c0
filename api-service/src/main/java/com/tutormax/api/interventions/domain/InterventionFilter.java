package com.tutormax.api.interventions.domain;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.util.UUID;

/**
 * The queue's filters; null means any. {@code unassigned} asks for tasks nobody holds (assignee
 * "none"); {@code overdue} compares a task still being worked with {@code now}.
 */
public record InterventionFilter(
    InterventionStatus status,
    String type,
    UUID assignee,
    boolean unassigned,
    String tutorId,
    RiskLevel risk,
    Boolean overdue,
    Instant now) {}
