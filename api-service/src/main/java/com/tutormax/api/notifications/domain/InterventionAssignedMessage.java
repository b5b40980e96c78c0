package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.util.Map;

/** Tells a staff member that an intervention task was assigned to them. */
public final class InterventionAssignedMessage {

  private InterventionAssignedMessage() {}

  /**
   * One notice per task, assignee and assignment: a task given back to someone after it went to
   * another is a new assignment, so the key carries the task's version after the assignment.
   */
  public static String dedupeKey(String interventionId, String assigneeId, int version) {
    return "intervention-assigned:" + interventionId + ":" + assigneeId + ":" + version;
  }

  /** The model of {@code intervention-assigned.*.mustache}. */
  public static MessageModel of(
      String assigneeName,
      String assignedBy,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt) {
    Map<String, Object> values =
        InterventionTaskText.values(
            interventionId, tutorId, interventionType, priority, reason, dueAt);
    values.put("assigneeName", assigneeName);
    values.put("assignedBy", assignedBy);
    return new MessageModel(values);
  }
}
