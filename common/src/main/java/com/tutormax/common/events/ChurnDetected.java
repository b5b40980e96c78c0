package com.tutormax.common.events;

import java.time.Instant;

/** Evaluation saw a tutor churn: resignation, 14+ idle days, or under half baseline 3+ weeks. */
public record ChurnDetected(
    String tutorId, Reason reason, Instant detectedAt, Instant lastSessionAt)
    implements TutorMaxEvent {

  /** Which churn definition fired. */
  public enum Reason {
    RESIGNED,
    NO_SESSIONS_14_DAYS,
    BELOW_HALF_BASELINE_3_WEEKS
  }

  @Override
  public String key() {
    return tutorId;
  }
}
