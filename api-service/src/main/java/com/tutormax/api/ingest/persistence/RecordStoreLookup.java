package com.tutormax.api.ingest.persistence;

import com.tutormax.api.ingest.domain.KnownRecords;
import com.tutormax.api.ingest.domain.KnownRecords.SessionParties;
import com.tutormax.api.ingest.domain.ReferenceChecks.Wanted;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Which of the wanted tutors, students and sessions the system of record holds (tables of
 * core/004-records.yaml, filled from Kafka by the records consumers). One query per table.
 */
@Repository
public class RecordStoreLookup {

  private final DatabaseClient db;

  public RecordStoreLookup(DatabaseClient db) {
    this.db = db;
  }

  public Mono<KnownRecords> find(Wanted wanted) {
    return Mono.zip(
            ids("SELECT tutor_id AS id FROM tutors WHERE tutor_id = ANY(:ids)", wanted.tutors()),
            ids(
                "SELECT student_id AS id FROM students WHERE student_id = ANY(:ids)",
                wanted.students()),
            sessions(wanted.sessions()))
        .map(found -> new KnownRecords(found.getT1(), found.getT2(), found.getT3()));
  }

  private Mono<Set<String>> ids(String sql, Set<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(Set.of());
    }
    return db.sql(sql)
        .bind("ids", ids.toArray(String[]::new))
        .map(row -> row.get("id", String.class))
        .all()
        .collect(Collectors.toSet());
  }

  private Mono<Map<String, SessionParties>> sessions(Set<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(Map.of());
    }
    return db.sql(
            "SELECT session_id, tutor_id, student_id FROM sessions WHERE session_id = ANY(:ids)")
        .bind("ids", ids.toArray(String[]::new))
        .map(
            row ->
                Map.entry(
                    row.get("session_id", String.class),
                    new SessionParties(
                        row.get("tutor_id", String.class), row.get("student_id", String.class))))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }
}
