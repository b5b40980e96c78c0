package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The operations manager's weekly digest (PRD "Interventions": managers get a weekly digest): the
 * past 7 days' figures, each rate marked where it crosses the PRD's flag threshold.
 */
public final class WeeklyDigestMessage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private WeeklyDigestMessage() {}

  /** One digest per manager per ISO week (of the run's time): a re-run that week adds none. */
  public static String dedupeKey(UUID managerId, Instant now) {
    var day = now.atZone(ZoneOffset.UTC);
    return "manager-weekly-digest:%s:%d-W%02d"
        .formatted(
            managerId,
            day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The model of {@code manager-weekly-digest.*.mustache}: each figure display-ready, each rate
   * with a flag (true where it crosses the PRD's threshold, named in the templates).
   */
  public static MessageModel of(String managerName, Instant from, Instant to, WeeklyFigures f) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("managerName", managerName);
    v.put("from", DAY.format(from));
    v.put("to", DAY.format(to));
    v.put("sessionsHeld", f.sessionsHeld());
    v.put("sessionsScheduled", f.sessionsScheduled());
    v.put("noShowRate", percent(f.noShowRate()));
    v.put("noShowFlagged", crosses(f.noShowRate(), 0.05, true));
    v.put("rescheduleRate", percent(f.rescheduleRate()));
    v.put("rescheduleFlagged", crosses(f.rescheduleRate(), 0.15, true));
    v.put("averageRating", average(f.averageRating()));
    v.put("averageRatingFlagged", crosses(f.averageRating(), 3.5, false));
    v.put("ratings", f.ratings());
    v.put("firstSessionSuccess", percent(f.firstSessionSuccess()));
    v.put("firstSessionFlagged", crosses(f.firstSessionSuccess(), 0.70, false));
    v.put("firstSessionRatings", f.firstSessionRatings());
    v.put("newTutors", f.newTutors());
    v.put("tutorsLeft", f.tutorsLeft());
    v.put("tutorsInactive", f.tutorsInactive());
    return new MessageModel(v);
  }

  static String percent(OptionalDouble share) {
    return share.isEmpty()
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100);
  }

  static String average(OptionalDouble mean) {
    return mean.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", mean.getAsDouble());
  }

  /** Whether a value crosses its flag threshold (above it, or below it); n/a never does. */
  static boolean crosses(OptionalDouble value, double threshold, boolean above) {
    if (value.isEmpty()) {
      return false;
    }
    double v = value.getAsDouble();
    return above ? v > threshold : v < threshold;
  }
}
