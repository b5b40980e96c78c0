package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.StudentRegistered;
import java.time.Instant;

/**
 * POST /api/ingest/students: a student who joined. Parental consent defaults to false, which a
 * student under 13 may not have (COPPA).
 */
public record StudentRequest(
    String studentId,
    String name,
    Integer age,
    String gradeLevel,
    boolean parentalConsent,
    Instant registeredAt)
    implements IngestRequest {

  public static StudentRequest read(RecordReader r) {
    return new StudentRequest(
        r.text("student_id"),
        r.text("name"),
        r.requiredInteger("age"),
        r.text("grade_level"),
        r.flag("parental_consent", false),
        r.timestamp("registered_at"));
  }

  @Override
  public String naturalId() {
    return studentId;
  }

  @Override
  public StudentRegistered toEvent() {
    return new StudentRegistered(
        studentId,
        name,
        // An unreadable age must not also trip the under-13 consent rule: read it as adult.
        age == null ? 99 : age,
        gradeLevel,
        parentalConsent,
        registeredAt,
        DataSource.INGEST);
  }
}
