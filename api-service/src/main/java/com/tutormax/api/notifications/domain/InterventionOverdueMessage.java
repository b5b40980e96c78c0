package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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

  /** The model of {@code intervention-overdue.*.mustache}, for an operations manager. */
  public static MessageModel of(
      String managerName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    return model(
        managerName,
        false,
        interventionId,
        tutorId,
        interventionType,
        priority,
        reason,
        dueAt,
        now);
  }

  /** The same notice to the task's assignee: their task is past its deadline. */
  public static MessageModel forAssignee(
      String assigneeName,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    return model(
        assigneeName,
        true,
        interventionId,
        tutorId,
        interventionType,
        priority,
        reason,
        dueAt,
        now);
  }

  private static MessageModel model(
      String name,
      boolean assignedToYou,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt,
      Instant now) {
    long hoursLate = Duration.between(dueAt, now).toHours();
    Map<String, Object> values =
        InterventionTaskText.values(
            interventionId, tutorId, interventionType, priority, reason, dueAt);
    values.put("managerName", name);
    values.put("assignedToYou", assignedToYou);
    values.put("hoursLate", hoursLate > 0 ? Long.toString(hoursLate) : "");
    return new MessageModel(values);
  }
}
