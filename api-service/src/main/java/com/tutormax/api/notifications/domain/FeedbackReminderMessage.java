package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

  public static Message of(
      String studentId, String subject, Instant start, String formLink, Instant linkExpires) {
    String body =
        String.join(
            "\n",
            "Hello,",
            "",
            "How did your " + subject + " session on " + WHEN.format(start) + " go?",
            "Rating it takes two minutes and helps your tutor and us.",
            "",
            "Your feedback form: " + formLink,
            "The link works once and until " + WHEN.format(linkExpires) + ".",
            "",
            "-- TutorMax",
            "",
            "(No email address is held for student "
                + studentId
                + ": this reminder is addressed to the student id.)");
    return new Message("How was your " + subject + " session?", body);
  }
}
