package com.tutormax.churn.interventions.domain;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the intervention rules know of a tutor at a moment.
 *
 * @param level the risk level managers act on (an active override's, else the predicted one)
 * @param score the headline churn score (0–100)
 * @param daysAbove50 consecutive as-of days, up to this one, with a score above 50
 * @param daysAbove75 the same above 75
 * @param reducedActivity sessions or logins down more than 30% against their usual pace
 * @param performanceFlags evaluation's current metric flags (e.g. LOW_RATING)
 * @param tier the current performance tier (null: not evaluated yet)
 * @param daysInTier days since the tier was reached
 * @param tenureDays days since joining
 * @param reschedulePatternDays consecutive days with the high-reschedule pattern flag (0: none)
 * @param firstSessionsToday first sessions held on the tutor's latest day
 */
public record TutorSituation(
    String tutorId,
    Instant at,
    RiskLevel level,
    double score,
    int daysAbove50,
    int daysAbove75,
    boolean reducedActivity,
    Set<String> performanceFlags,
    PerformanceTier tier,
    int daysInTier,
    int tenureDays,
    int reschedulePatternDays,
    int firstSessionsToday) {

  public TutorSituation {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    performanceFlags = Set.copyOf(performanceFlags);
  }
}
