package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.util.Map;

/**
 * PRD A3: the check-in survey to a tutor after their first session with a student. The tutor never
 * sees the student's name, so the session is named by subject and time.
 */
public final class FirstSessionCheckinMessage {

  private FirstSessionCheckinMessage() {}

  public static String dedupeKey(String sessionId) {
    return "first-session-checkin:" + sessionId;
  }

  /** The model of {@code first-session-checkin.*.mustache}. */
  public static MessageModel of(String tutorName, String subject, Instant start, String sessionId) {
    return new MessageModel(
        Map.of(
            "tutorName", tutorName,
            "subject", subject,
            "heldAt", FeedbackReminderMessage.WHEN.format(start),
            "sessionId", sessionId));
  }
}
