package com.tutormax.common.events;

import java.time.Instant;

/** A student joined. Under-13s carry the parental-consent state (COPPA). */
public record StudentRegistered(
    String studentId,
    String name,
    int age,
    String gradeLevel,
    boolean parentalConsent,
    Instant registeredAt,
    DataSource source)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return studentId;
  }
}
