package com.tutormax.training.dataset.domain;

import com.tutormax.common.events.ChurnDetected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a tutor left and when that became known. The two differ because evaluation can only see
 * inactivity after it has lasted: a tutor who stops is detected on the 15th silent day, a tutor who
 * falls below half their baseline after three weeks of it. Training labels the day the tutor left
 * (an early warning predicts that day, not its detection, which {@code days_since_last_session}
 * already gives away) and uses the known day for censoring and for when rows stop.
 *
 * <ul>
 *   <li>{@code RESIGNED}: left and known on the resignation's UTC day.
 *   <li>{@code NO_SESSIONS_14_DAYS}: left the day after the last held session (the first silent
 *       day, {@value #SILENCE_DETECTION_DAYS} days before detection if the last session is
 *       unknown).
 *   <li>{@code BELOW_HALF_BASELINE_3_WEEKS}: left on the first day of the three low weeks, {@value
 *       #LOW_VOLUME_DETECTION_DAYS} days before detection.
 * </ul>
 *
 * @param leftOn the first day the tutor was gone (silent or low)
 * @param knownOn the day the churn was detected or the tutor resigned (never before leftOn)
 */
public record Departure(LocalDate leftOn, LocalDate knownOn) {

  /** Detection on the 15th silent day: the 1st silent day is 14 days before. */
  static final int SILENCE_DETECTION_DAYS = 14;

  /** Detection on the last day of the three low weeks D−20..D. */
  static final int LOW_VOLUME_DETECTION_DAYS = 20;

  /** The longest a departure can stay unknown: a window is observed only this long after it. */
  public static final int LONGEST_DETECTION_DELAY_DAYS = LOW_VOLUME_DETECTION_DAYS;

  public Departure {
    Objects.requireNonNull(leftOn, "leftOn");
    Objects.requireNonNull(knownOn, "knownOn");
    if (knownOn.isBefore(leftOn)) {
      throw new IllegalArgumentException("known on " + knownOn + " before leaving on " + leftOn);
    }
  }

  /** A resignation: left and known the same day. */
  public static Departure resigned(Instant at) {
    LocalDate day = utcDay(at);
    return new Departure(day, day);
  }

  /** The departure a detected churn describes. */
  public static Departure of(ChurnDetected detected) {
    LocalDate known = utcDay(detected.detectedAt());
    return switch (detected.reason()) {
      case RESIGNED -> new Departure(known, known);
      case NO_SESSIONS_14_DAYS -> {
        LocalDate firstSilent =
            detected.lastSessionAt() == null
                ? known.minusDays(SILENCE_DETECTION_DAYS)
                : utcDay(detected.lastSessionAt()).plusDays(1);
        // The silence counted for detection is never shorter than 15 days.
        LocalDate latest = known.minusDays(SILENCE_DETECTION_DAYS);
        yield new Departure(firstSilent.isAfter(latest) ? latest : firstSilent, known);
      }
      case BELOW_HALF_BASELINE_3_WEEKS ->
          new Departure(known.minusDays(LOW_VOLUME_DETECTION_DAYS), known);
    };
  }

  /** The first of two departures to become known (only a tutor's first churn counts). */
  public static Departure first(Departure a, Departure b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.knownOn.isBefore(a.knownOn) ? a : b;
  }

  private static LocalDate utcDay(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
