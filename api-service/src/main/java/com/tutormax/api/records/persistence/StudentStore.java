package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.StudentNameCipher;
import com.tutormax.common.domain.Coppa;
import com.tutormax.common.events.StudentRegistered;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.students: the name only ever stored encrypted (name_enc), decrypted by whoever reads. */
@Repository
public class StudentStore implements RecordTable<StudentRegistered> {

  /** A student row as stored: the name still sealed. */
  public record StoredStudent(
      String studentId,
      byte[] nameEnc,
      int age,
      String gradeLevel,
      boolean parentalConsent,
      Instant registeredAt,
      String source) {}

  private final DatabaseClient db;
  private final UnnestInsert<StudentRegistered> insert;

  public StudentStore(DatabaseClient db, StudentNameCipher cipher) {
    this.db = db;
    this.insert =
        UnnestInsert.<StudentRegistered>into("students", "student_id")
            .text("student_id", StudentRegistered::studentId)
            .bytes("name_enc", s -> cipher.encrypt(s.name(), s.studentId()))
            .integer("age", StudentRegistered::age)
            .text("grade_level", StudentRegistered::gradeLevel)
            .bool("parental_consent", StudentRegistered::parentalConsent)
            .timestamp("registered_at", StudentRegistered::registeredAt)
            .text("source", s -> s.source().name());
  }

  @Override
  public Class<StudentRegistered> eventType() {
    return StudentRegistered.class;
  }

  @Override
  public String naturalKey(StudentRegistered event) {
    return event.studentId();
  }

  @Override
  public Mono<Long> insert(List<StudentRegistered> events) {
    return insert.execute(db, events);
  }

  public Mono<StoredStudent> find(String studentId) {
    return db.sql(
            "SELECT student_id, name_enc, age, grade_level, parental_consent, registered_at,"
                + " source FROM students WHERE student_id = :id")
        .bind("id", studentId)
        .map(
            row ->
                new StoredStudent(
                    row.get("student_id", String.class),
                    row.get("name_enc", byte[].class),
                    row.get("age", Integer.class),
                    row.get("grade_level", String.class),
                    row.get("parental_consent", Boolean.class),
                    row.get("registered_at", Instant.class),
                    row.get("source", String.class)))
        .one();
  }

  /** Records (or withdraws) a parent's consent; false when there is no such student. */
  public Mono<Boolean> setParentalConsent(String studentId, boolean consent) {
    return db.sql("UPDATE students SET parental_consent = :consent WHERE student_id = :id")
        .bind("consent", consent)
        .bind("id", studentId)
        .fetch()
        .rowsUpdated()
        .map(updated -> updated > 0);
  }

  /** The students among {@code ids} of whom COPPA forbids collecting data now. */
  public Mono<Set<String>> withoutRequiredConsent(Set<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(Set.of());
    }
    return db.sql(
            "SELECT student_id FROM students WHERE student_id = ANY(:ids)"
                + " AND age < :age AND NOT parental_consent")
        .bind("ids", ids.toArray(String[]::new))
        .bind("age", Coppa.CONSENT_AGE)
        .map(row -> row.get("student_id", String.class))
        .all()
        .collect(Collectors.toSet());
  }
}
