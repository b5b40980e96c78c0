package com.tutormax.api.notifications.domain;

import java.util.OptionalDouble;

/**
 * A week of operations, as counted from api-service's records: sessions by scheduled start in the
 * week (held = not a no-show), feedback by submission time, tutors by join time and by lifecycle
 * changes (RESIGNED: left; INACTIVE: went inactive). The rates follow the PRD's definitions and are
 * empty when there is nothing to divide by.
 */
public record WeeklyFigures(
    long sessionsScheduled,
    long noShows,
    long tutorReschedules,
    long ratings,
    long ratingSum,
    long firstSessionRatings,
    long firstSessionSuccesses,
    long newTutors,
    long tutorsLeft,
    long tutorsInactive) {

  public long sessionsHeld() {
    return sessionsScheduled - noShows;
  }

  /** No-shows / scheduled sessions. */
  public OptionalDouble noShowRate() {
    return share(noShows, sessionsScheduled);
  }

  /** Tutor reschedules / scheduled sessions. */
  public OptionalDouble rescheduleRate() {
    return share(tutorReschedules, sessionsScheduled);
  }

  /** Mean overall rating of the week's feedback (1-5). */
  public OptionalDouble averageRating() {
    return share(ratingSum, ratings);
  }

  /** Share of first-session ratings that are 4 or 5. */
  public OptionalDouble firstSessionSuccess() {
    return share(firstSessionSuccesses, firstSessionRatings);
  }

  private static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
