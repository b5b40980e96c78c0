package com.tutormax.api.interventions.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A human task's SLA at a moment: seconds left until the due time (negative once past it), whether
 * it is overdue, and the share of the SLA used (time since the recommendation over the time from
 * the recommendation to the due time, in whole percent, above 100 once overdue). An open task is
 * measured at the caller's now, a closed one at its closing time (did it make its SLA?).
 */
public record SlaState(
    Instant dueAt, Instant measuredAt, long secondsLeft, boolean overdue, int percentUsed) {

  /** The state at {@code at}; null for an automated action (no due time). */
  public static SlaState of(Instant recommendedAt, Instant dueAt, Instant at) {
    if (dueAt == null) {
      return null;
    }
    long left = Duration.between(at, dueAt).toSeconds();
    boolean overdue = at.isAfter(dueAt);
    long total = Duration.between(recommendedAt, dueAt).toMillis();
    long used = Duration.between(recommendedAt, at).toMillis();
    int percent;
    if (total <= 0) {
      percent = overdue || at.equals(dueAt) ? 100 : 0;
    } else {
      percent = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floorDiv(used * 100, total)));
    }
    return new SlaState(dueAt, at, left, overdue, percent);
  }
}
