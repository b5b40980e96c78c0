package com.tutormax.api.notifications.domain;

import java.time.Instant;

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

  public static Message of(
      String assigneeName,
      String assignedBy,
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt) {
    String body =
        String.join(
            "\n",
            "Hello " + assigneeName + ",",
            "",
            "An intervention task was assigned to you by " + assignedBy + ":",
            "",
            InterventionTaskText.describe(
                interventionId, tutorId, interventionType, priority, reason, dueAt),
            "",
            "-- TutorMax");
    return new Message(
        "Assigned to you: "
            + interventionType
            + " for tutor "
            + InterventionTaskText.truncate(tutorId, 120),
        body);
  }
}
