package com.tutormax.api.notifications.domain;

import java.time.Instant;

/**
 * PRD A3: the check-in survey to a tutor after their first session with a student. The tutor never
 * sees the student's name, so the session is named by subject and time.
 */
public final class FirstSessionCheckinMessage {

  private FirstSessionCheckinMessage() {}

  public static String dedupeKey(String sessionId) {
    return "first-session-checkin:" + sessionId;
  }

  public static Message of(String tutorName, String subject, Instant start, String sessionId) {
    String body =
        String.join(
            "\n",
            "Hello " + tutorName + ",",
            "",
            "You held a first "
                + subject
                + " session with a new student on "
                + FeedbackReminderMessage.WHEN.format(start)
                + " (session "
                + sessionId
                + ").",
            "How did it go? A few quick questions:",
            "",
            "1. Did the session cover what the student needed?",
            "2. Was anything in the way (materials, technology, timing)?",
            "3. Is there anything we can do to help before your next session?",
            "",
            "Just reply to this message. Thank you for tutoring with us.",
            "",
            "-- TutorMax");
    return new Message("How did your first session go?", body);
  }
}
