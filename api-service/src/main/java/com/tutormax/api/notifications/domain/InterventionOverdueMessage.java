package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Tells an operations manager that a human intervention task went past its SLA deadline. */
public final class InterventionOverdueMessage {

  private InterventionOverdueMessage() {}

  /** One notice per task and manager. */
  public static String dedupeKey(String interventionId, String managerId) {
    return "intervention-overdue:" + interventionId + ":" + managerId;
  }

  /** The model of {@code intervention-overdue.*.mustache}. */
  public static MessageModel of(
      String managerName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLate = Duration.between(dueAt, now).toHours();
    return new MessageModel(
        Map.of(
            "managerName",
            managerName,
            "interventionId",
            interventionId,
            "tutorId",
            tutorId,
            // The subject line holds 200 characters.
            "tutorIdShort",
            truncate(tutorId, 120),
            "interventionType",
            interventionType,
            "priority",
            priority == null ? "" : priority,
            "reason",
            reason == null || reason.isBlank() ? "-" : reason,
            "dueAt",
            FeedbackReminderMessage.WHEN.format(dueAt),
            "hoursLate",
            hoursLate > 0 ? Long.toString(hoursLate) : ""));
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
