package com.tutormax.api.interventions.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored intervention (core.interventions): the recommendation and where its workflow stands. */
public record Intervention(
    String interventionId,
    String tutorId,
    String interventionType,
    boolean automated,
    String riskLevel,
    String priority,
    String reason,
    Instant recommendedAt,
    Instant dueAt,
    InterventionStatus status,
    Instant overdueAt,
    UUID assigneeId,
    Instant assignedAt,
    Instant startedAt,
    Instant completedAt,
    InterventionOutcome outcome,
    String outcomeNotes,
    Instant updatedAt,
    String updatedBy,
    int version) {

  /** The SLA at {@code now} while the task is worked, at its closing time once it is closed. */
  public SlaState sla(Instant now) {
    if (automated) {
      return null;
    }
    Instant at = !status.active() && completedAt != null ? completedAt : now;
    return SlaState.of(recommendedAt, dueAt, at);
  }

  /** The task given to {@code assignee}: ASSIGNED, to be started (again) by them. */
  public Intervention assignedTo(UUID assignee, Instant now, String by) {
    Transitions.check(status, InterventionStatus.ASSIGNED);
    return with(InterventionStatus.ASSIGNED, assignee, now, null, null, null, null, now, by);
  }

  /**
   * The task moved by the status route: IN_PROGRESS (started now), DECLINED or CANCELLED (closed
   * now, with no outcome).
   */
  public Intervention movedTo(InterventionStatus to, Instant now, String by) {
    if (!Transitions.SET_BY_STATUS_ROUTE.contains(to)) {
      throw new IllegalArgumentException(
          "status must be one of "
              + Transitions.SET_BY_STATUS_ROUTE
              + " (a task is assigned through /assign and completed through /outcome)");
    }
    Transitions.check(status, to);
    if (to == InterventionStatus.IN_PROGRESS) {
      return with(to, assigneeId, assignedAt, now, null, null, null, now, by);
    }
    return with(to, assigneeId, assignedAt, startedAt, now, null, null, now, by);
  }

  /** The task COMPLETED with its outcome and notes. */
  public Intervention completed(InterventionOutcome result, String notes, Instant now, String by) {
    Transitions.check(status, InterventionStatus.COMPLETED);
    return with(
        InterventionStatus.COMPLETED,
        assigneeId,
        assignedAt,
        startedAt,
        now,
        result,
        notes,
        now,
        by);
  }

  private Intervention with(
      InterventionStatus newStatus,
      UUID newAssignee,
      Instant newAssignedAt,
      Instant newStartedAt,
      Instant newCompletedAt,
      InterventionOutcome newOutcome,
      String newNotes,
      Instant now,
      String by) {
    return new Intervention(
        interventionId,
        tutorId,
        interventionType,
        automated,
        riskLevel,
        priority,
        reason,
        recommendedAt,
        dueAt,
        newStatus,
        overdueAt,
        newAssignee,
        newAssignedAt,
        newStartedAt,
        newCompletedAt,
        newOutcome,
        newNotes,
        now,
        by,
        version);
  }
}
