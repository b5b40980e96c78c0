package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells an operations manager that a human intervention task went past its SLA deadline, or the
 * task's assignee that their task did.
 */
public final class InterventionOverdueMessage {

  private InterventionOverdueMessage() {}

  /** One notice per task and person (a manager who is also the assignee is told once). */
  public static String dedupeKey(String interventionId, String managerId) {
    return "intervention-overdue:" + interventionId + ":" + managerId;
  }

  public static Message of(
      String managerName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLate = Duration.between(dueAt, now).toHours();
    String body =
        String.join(
            "\n",
            "Hello " + managerName + ",",
            "",
            "An intervention task is past its deadline and has not been taken up:",
            "",
            "Tutor:         " + tutorId,
            "Intervention:  " + interventionType + (priority == null ? "" : " (" + priority + ")"),
            "Due:           "
                + FeedbackReminderMessage.WHEN.format(dueAt)
                + (hoursLate > 0 ? " (" + hoursLate + " h ago)" : ""),
            "Why:           " + (reason == null || reason.isBlank() ? "-" : reason),
            "Task:          " + interventionId,
            "",
            "-- TutorMax");
    return new Message(
        "Overdue: " + interventionType + " for tutor " + truncate(tutorId, 120), body);
  }

  /** The notice to the task's assignee: their task is past its deadline. */
  public static Message forAssignee(
      String assigneeName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLate = Duration.between(dueAt, now).toHours();
    String body =
        String.join(
            "\n",
            "Hello " + assigneeName + ",",
            "",
            "An intervention task assigned to you is past its deadline"
                + (hoursLate > 0 ? " (" + hoursLate + " h ago)" : "")
                + ":",
            "",
            InterventionTaskText.describe(
                interventionId, tutorId, interventionType, priority, reason, dueAt),
            "",
            "-- TutorMax");
    return new Message(
        "Overdue: " + interventionType + " for tutor " + truncate(tutorId, 120), body);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
