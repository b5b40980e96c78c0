package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Tells the assignee of an intervention task that its SLA deadline is near. */
public final class InterventionDueSoonMessage {

  private InterventionDueSoonMessage() {}

  /** One notice per task and assignee. */
  public static String dedupeKey(String interventionId, String assigneeId) {
    return "intervention-due-soon:" + interventionId + ":" + assigneeId;
  }

  /** The model of {@code intervention-due-soon.*.mustache}. */
  public static MessageModel of(
      String assigneeName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLeft = Math.max(0, Duration.between(now, dueAt).toHours());
    Map<String, Object> values =
        InterventionTaskText.values(
            interventionId, tutorId, interventionType, priority, reason, dueAt);
    values.put("assigneeName", assigneeName);
    values.put("dueIn", hoursLeft < 1 ? "less than an hour" : hoursLeft + " h");
    return new MessageModel(values);
  }
}
