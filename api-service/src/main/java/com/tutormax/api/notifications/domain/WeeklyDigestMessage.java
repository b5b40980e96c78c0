package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
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

  public static Message of(String managerName, Instant from, Instant to, WeeklyFigures f) {
    String body =
        String.join(
            "\n",
            "Hello " + managerName + ",",
            "",
            "Your TutorMax week, " + DAY.format(from) + " to " + DAY.format(to) + " (UTC):",
            "",
            "Sessions held:           " + f.sessionsHeld() + " of " + f.sessionsScheduled(),
            "No-show rate:            " + percent(f.noShowRate(), 0.05, true, "above 5%"),
            "Tutor reschedule rate:   " + percent(f.rescheduleRate(), 0.15, true, "above 15%"),
            "Average rating:          "
                + average(f.averageRating())
                + " ("
                + f.ratings()
                + " ratings)",
            "First-session success:   "
                + percent(f.firstSessionSuccess(), 0.70, false, "below 70%")
                + " ("
                + f.firstSessionRatings()
                + " first sessions rated)",
            "Feedback received:       " + f.ratings(),
            "New tutors:              " + f.newTutors(),
            "Tutors who left:         " + f.tutorsLeft(),
            "Tutors gone inactive:    " + f.tutorsInactive(),
            "",
            "-- TutorMax");
    return new Message("Your TutorMax week to " + DAY.format(to), body);
  }

  static String percent(OptionalDouble share, double threshold, boolean above, String flag) {
    if (share.isEmpty()) {
      return "n/a";
    }
    double value = share.getAsDouble();
    boolean flagged = above ? value > threshold : value < threshold;
    String text = String.format(Locale.ROOT, "%.1f%%", value * 100);
    return flagged ? text + "  <- " + flag : text;
  }

  static String average(OptionalDouble mean) {
    if (mean.isEmpty()) {
      return "n/a";
    }
    double value = mean.getAsDouble();
    String text = String.format(Locale.ROOT, "%.2f", value);
    return value < 3.5 ? text + "  <- below 3.5" : text;
  }
}
