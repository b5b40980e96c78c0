package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.ChurnDetected;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the service keeps between churn decisions for one tutor.
 *
 * @param activeSince the join day, or the day the tutor was reactivated: the churn rules look at no
 *     day before it
 * @param churnedFor why the tutor is churned now, null while active (no second detection until
 *     reactivated)
 * @param churnedOn the detection day, null while active (only a later day can reactivate)
 * @param baselinePerWeek for a low-volume churn, the weekly baseline the tutor fell below (a return
 *     needs half of it again); else null
 */
public record ChurnState(
    LocalDate activeSince,
    ChurnDetected.Reason churnedFor,
    LocalDate churnedOn,
    Double baselinePerWeek) {

  public ChurnState {
    Objects.requireNonNull(activeSince, "activeSince");
    if ((churnedFor == null) != (churnedOn == null)) {
      throw new IllegalArgumentException("a churn has both a reason and a day");
    }
  }

  public static ChurnState joined(LocalDate joinDay) {
    return new ChurnState(joinDay, null, null, null);
  }

  public boolean churned() {
    return churnedFor != null;
  }

  /** The state after a decision. */
  public ChurnState after(ChurnDecision decision) {
    switch (decision.outcome()) {
      case CHURNED:
        return new ChurnState(
            activeSince, decision.reason(), decision.day(), decision.baselinePerWeek());
      case REACTIVATED:
        return joined(decision.day());
      default:
        return this;
    }
  }
}
