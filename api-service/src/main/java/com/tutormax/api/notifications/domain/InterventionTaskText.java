package com.tutormax.api.notifications.domain;

import java.time.Instant;

/** The lines that describe an intervention task, shared by the task notices. */
final class InterventionTaskText {

  private InterventionTaskText() {}

  static String describe(
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt) {
    return String.join(
        "\n",
        "Tutor:         " + tutorId,
        "Intervention:  " + interventionType + (priority == null ? "" : " (" + priority + ")"),
        "Due:           " + (dueAt == null ? "-" : FeedbackReminderMessage.WHEN.format(dueAt)),
        "Why:           " + (reason == null || reason.isBlank() ? "-" : reason),
        "Task:          " + interventionId);
  }

  static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
