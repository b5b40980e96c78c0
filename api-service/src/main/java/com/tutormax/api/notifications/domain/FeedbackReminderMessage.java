package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The reminder to a student who has not rated a session a day after it (PRD "Interventions").
 * Students have no email on file: the notice is addressed to the student id and says so, for
 * whoever delivers it. It names neither tutor nor student (FERPA: no names in notices).
 */
public final class FeedbackReminderMessage {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private FeedbackReminderMessage() {}

  public static String dedupeKey(String sessionId) {
    return "feedback-reminder:" + sessionId;
  }

  /** The model of {@code feedback-reminder.*.mustache}. */
  public static MessageModel of(
      String studentId, String subject, Instant start, String formLink, Instant linkExpires) {
    return new MessageModel(
        Map.of(
            "studentId", studentId,
            "subject", subject,
            "heldAt", WHEN.format(start),
            "formLink", formLink,
            "linkExpires", WHEN.format(linkExpires)));
  }
}
