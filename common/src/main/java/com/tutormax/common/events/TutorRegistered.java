package com.tutormax.common.events;

import java.time.Instant;
import java.util.List;

/** A tutor joined the marketplace (from the generator or the ingestion API). */
public record TutorRegistered(
    String tutorId,
    String name,
    String email,
    List<String> subjects,
    String subjectFamily,
    int baselineSessionsPerWeek,
    Instant joinedAt,
    DataSource source)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
