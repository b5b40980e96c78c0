package com.tutormax.api.privacy.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes educational records past their retention period (FERPA: kept at most 7 years): feedback
 * by submission, sessions by their scheduled start, tutor activity by occurrence, then students
 * registered before the cutoff who have nothing left.
 */
@Repository
public class EducationalRecords {

  /** How many rows of each kind a sweep removed. */
  public record Removed(long feedback, long sessions, long activity, long students) {}

  private static final List<String> IN_ORDER =
      List.of(
          "DELETE FROM feedback WHERE submitted_at < :cutoff",
          "DELETE FROM sessions WHERE scheduled_start < :cutoff",
          "DELETE FROM tutor_activity WHERE occurred_at < :cutoff",
          "DELETE FROM students s WHERE s.registered_at < :cutoff"
              + " AND NOT EXISTS (SELECT 1 FROM sessions x WHERE x.student_id = s.student_id)"
              + " AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.student_id = s.student_id)");

  private final DatabaseClient db;

  public EducationalRecords(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Removed> deleteBefore(Instant cutoff) {
    return Flux.fromIterable(IN_ORDER)
        .concatMap(sql -> db.sql(sql).bind("cutoff", cutoff).fetch().rowsUpdated())
        .collectList()
        .map(n -> new Removed(n.get(0), n.get(1), n.get(2), n.get(3)));
  }
}
