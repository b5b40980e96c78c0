package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.ChurnDetected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The churn detector's answer for one closed day or lifecycle event.
 *
 * @param outcome nothing new, churned, or back from churn
 * @param reason why the tutor churned (only for {@link Outcome#CHURNED})
 * @param day the day decided: the detection day, or the day of the reactivating session
 * @param at event time: the resignation's instant, else the last second of {@code day}
 * @param lastSessionDay the last day with a held session on or before {@code day} in the history
 *     given, null if none
 * @param baselinePerWeek for a low-volume churn, the weekly baseline the tutor fell below
 */
public record ChurnDecision(
    Outcome outcome,
    ChurnDetected.Reason reason,
    LocalDate day,
    Instant at,
    LocalDate lastSessionDay,
    Double baselinePerWeek) {

  /** What changed. */
  public enum Outcome {
    NONE,
    CHURNED,
    REACTIVATED
  }

  public ChurnDecision {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.CHURNED) != (reason != null)) {
      throw new IllegalArgumentException("a reason exactly when churned");
    }
  }

  public static ChurnDecision none(LocalDate day) {
    return new ChurnDecision(Outcome.NONE, null, day, null, null, null);
  }

  public static ChurnDecision churned(
      ChurnDetected.Reason reason,
      LocalDate day,
      Instant at,
      LocalDate lastSessionDay,
      Double baselinePerWeek) {
    return new ChurnDecision(Outcome.CHURNED, reason, day, at, lastSessionDay, baselinePerWeek);
  }

  public static ChurnDecision reactivated(LocalDate day) {
    return new ChurnDecision(Outcome.REACTIVATED, null, day, EventDay.lastSecondOf(day), day, null);
  }

  public boolean churned() {
    return outcome == Outcome.CHURNED;
  }

  /**
   * The event to publish for a churn. The service supplies the exact time of the last held session
   * (it knows the sessions; this decision knows only {@link #lastSessionDay}).
   */
  public ChurnDetected toEvent(String tutorId, Instant lastSessionAt) {
    if (!churned()) {
      throw new IllegalStateException("no churn to publish: " + outcome);
    }
    return new ChurnDetected(tutorId, reason, at, lastSessionAt);
  }
}
