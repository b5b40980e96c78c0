package com.tutormax.common.events;

import java.time.Instant;

/** An intervention changed status, owner or outcome (drives cooldowns and effectiveness). */
public record InterventionUpdated(
    String interventionId,
    String tutorId,
    String interventionType,
    String status,
    String outcome,
    String assigneeId,
    String updatedBy,
    Instant updatedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
