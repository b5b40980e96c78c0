package com.tutormax.api.interventions.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an intervention stands. A human task is OPEN, ASSIGNED, IN_PROGRESS and ends COMPLETED
 * (with an outcome), DECLINED (staff decided not to run it) or CANCELLED (no longer needed).
 * OVERDUE is an unassigned task the SLA check found past its due time: open still, and assigned
 * like an OPEN one. An assigned or in-progress task past its due time keeps its status and carries
 * the overdue mark ({@code overdueAt}). AUTOMATED is an automated action, executed and logged at
 * once: it never changes.
 */
public enum InterventionStatus {
  OPEN,
  OVERDUE,
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  DECLINED,
  CANCELLED,
  AUTOMATED;

  /** The statuses of a task still being worked (the queue, the SLA check). */
  public static final Set<InterventionStatus> ACTIVE =
      EnumSet.of(OPEN, OVERDUE, ASSIGNED, IN_PROGRESS);

  /** {@link #ACTIVE} as an SQL list, e.g. {@code ('OPEN', 'OVERDUE', …)}, for status IN … */
  public static final String ACTIVE_SQL =
      ACTIVE.stream()
          .map(s -> "'" + s.name() + "'")
          .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

  /** The statuses that end a task (churn-service's closing statuses include each of them). */
  public static final Set<InterventionStatus> CLOSED = EnumSet.of(COMPLETED, DECLINED, CANCELLED);

  public boolean active() {
    return ACTIVE.contains(this);
  }
}
