package com.tutormax.api.interventions.domain;

import static com.tutormax.api.interventions.domain.InterventionStatus.ASSIGNED;
import static com.tutormax.api.interventions.domain.InterventionStatus.CANCELLED;
import static com.tutormax.api.interventions.domain.InterventionStatus.COMPLETED;
import static com.tutormax.api.interventions.domain.InterventionStatus.DECLINED;
import static com.tutormax.api.interventions.domain.InterventionStatus.IN_PROGRESS;
import static com.tutormax.api.interventions.domain.InterventionStatus.OPEN;
import static com.tutormax.api.interventions.domain.InterventionStatus.OVERDUE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The workflow's allowed moves. Assigning (also re-assigning) leads to ASSIGNED, starting to
 * IN_PROGRESS, recording an outcome to COMPLETED (only from IN_PROGRESS: the work was done); a task
 * still being worked may be DECLINED or CANCELLED. Closed tasks and automated actions never move.
 */
public final class Transitions {

  private static final Map<InterventionStatus, Set<InterventionStatus>> ALLOWED =
      Map.of(
          OPEN, EnumSet.of(ASSIGNED, DECLINED, CANCELLED),
          OVERDUE, EnumSet.of(ASSIGNED, DECLINED, CANCELLED),
          ASSIGNED, EnumSet.of(ASSIGNED, IN_PROGRESS, DECLINED, CANCELLED),
          IN_PROGRESS, EnumSet.of(ASSIGNED, COMPLETED, DECLINED, CANCELLED));

  /** The targets the status route accepts; ASSIGNED and COMPLETED have their own routes. */
  public static final Set<InterventionStatus> SET_BY_STATUS_ROUTE =
      EnumSet.of(IN_PROGRESS, DECLINED, CANCELLED);

  private Transitions() {}

  public static boolean allowed(InterventionStatus from, InterventionStatus to) {
    return ALLOWED.getOrDefault(from, Set.of()).contains(to);
  }

  /** Throws {@link TransitionNotAllowed} unless the move is allowed. */
  public static void check(InterventionStatus from, InterventionStatus to) {
    if (!allowed(from, to)) {
      throw new TransitionNotAllowed(from, to);
    }
  }
}
