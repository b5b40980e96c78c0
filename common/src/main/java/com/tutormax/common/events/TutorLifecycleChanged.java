package com.tutormax.common.events;

import java.time.Instant;

/** A tutor joined, resigned, went inactive or came back. */
public record TutorLifecycleChanged(
    String tutorId, Change change, Instant occurredAt, String reason, DataSource source)
    implements TutorMaxEvent {

  /** The lifecycle step. */
  public enum Change {
    JOINED,
    RESIGNED,
    INACTIVE,
    REACTIVATED
  }

  @Override
  public String key() {
    return tutorId;
  }
}
