package com.tutormax.training.firstsession.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A tutor's first session with a student (session number 1), as training keeps it: when it was
 * scheduled (known before it happens), its subject, its student, and the overall rating the student
 * gave it (null until rated; the label's only source, never a feature).
 */
public record FirstSession(
    String sessionId,
    String tutorId,
    String studentId,
    Instant scheduledStart,
    String subject,
    Integer rating) {

  public FirstSession {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(scheduledStart, "scheduledStart");
  }

  /** The UTC day the session was scheduled on: features use only closed days before it. */
  public LocalDate day() {
    return scheduledStart.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
