package com.tutormax.common.events;

import java.time.Instant;

/**
 * Tutor behaviour outside sessions. Which optional fields are set depends on the kind: response
 * minutes for a message response, hours delta for an availability change, module for training.
 */
public record TutorActivityRecorded(
    String activityId,
    String tutorId,
    Kind kind,
    Instant occurredAt,
    Double responseMinutes,
    Double availabilityHoursDelta,
    String trainingModule,
    String detail,
    DataSource source)
    implements TutorMaxEvent {

  /** What the tutor did. */
  public enum Kind {
    LOGIN,
    MESSAGE_RESPONSE,
    AVAILABILITY_CHANGE,
    TRAINING_COMPLETED,
    RESCHEDULE_REQUEST
  }

  @Override
  public String key() {
    return tutorId;
  }
}
