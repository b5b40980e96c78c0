package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/** Tells the assignee of an intervention task that its SLA deadline is near. */
public final class InterventionDueSoonMessage {

  private InterventionDueSoonMessage() {}

  /** One notice per task and assignee. */
  public static String dedupeKey(String interventionId, String assigneeId) {
    return "intervention-due-soon:" + interventionId + ":" + assigneeId;
  }

  public static Message of(
      String assigneeName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLeft = Math.max(0, Duration.between(now, dueAt).toHours());
    String body =
        String.join(
            "\n",
            "Hello " + assigneeName + ",",
            "",
            "An intervention task assigned to you is due in "
                + (hoursLeft < 1 ? "less than an hour" : hoursLeft + " h")
                + ":",
            "",
            InterventionTaskText.describe(
                interventionId, tutorId, interventionType, priority, reason, dueAt),
            "",
            "-- TutorMax");
    return new Message(
        "Due soon: "
            + interventionType
            + " for tutor "
            + InterventionTaskText.truncate(tutorId, 120),
        body);
  }
}
