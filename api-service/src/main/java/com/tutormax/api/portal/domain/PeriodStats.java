package com.tutormax.api.portal.domain;

import java.time.LocalDate;

/**
 * A tutor's sessions and ratings over the days {@code from} through {@code through} (UTC, both
 * inclusive): sessions by their scheduled start, ratings by the day they were given. Held and on
 * time follow {@link com.tutormax.common.rules.SessionRules}, as evaluation counts them.
 */
public record PeriodStats(
    LocalDate from,
    LocalDate through,
    int scheduled,
    int held,
    int onTime,
    Double onTimePercent,
    int ratings,
    Double averageRating,
    int fiveStarRatings) {

  /** The stats with {@code onTimePercent}: on-time per held session, null without a held one. */
  public static PeriodStats of(
      LocalDate from,
      LocalDate through,
      int scheduled,
      int held,
      int onTime,
      int ratings,
      Double averageRating,
      int fiveStarRatings) {
    return new PeriodStats(
        from,
        through,
        scheduled,
        held,
        onTime,
        held == 0 ? null : 100.0 * onTime / held,
        ratings,
        averageRating,
        fiveStarRatings);
  }
}
