package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.TutorQuery;
import com.tutormax.api.records.domain.Tutor;
import com.tutormax.api.records.domain.TutorStatus;
import com.tutormax.common.events.TutorRegistered;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.tutors: written from TutorRegistered, status kept by {@link TutorStatuses}. */
@Repository
public class TutorStore implements RecordTable<TutorRegistered> {

  private static final String COLUMNS =
      "SELECT tutor_id, name, email, subjects, subject_family, baseline_sessions_per_week,"
          + " joined_at, status, status_changed_at, status_reason, source";

  private static final UnnestInsert<TutorRegistered> INSERT =
      UnnestInsert.<TutorRegistered>into("tutors", "tutor_id")
          .text("tutor_id", TutorRegistered::tutorId)
          .text("name", TutorRegistered::name)
          .text("email", TutorRegistered::email)
          .textList("subjects", TutorRegistered::subjects)
          .text("subject_family", TutorRegistered::subjectFamily)
          .integer("baseline_sessions_per_week", TutorRegistered::baselineSessionsPerWeek)
          .timestamp("joined_at", TutorRegistered::joinedAt)
          .text("source", t -> t.source().name());

  private final DatabaseClient db;
  private final TutorStatuses statuses;

  public TutorStore(DatabaseClient db, TutorStatuses statuses) {
    this.db = db;
    this.statuses = statuses;
  }

  @Override
  public Class<TutorRegistered> eventType() {
    return TutorRegistered.class;
  }

  @Override
  public String naturalKey(TutorRegistered event) {
    return event.tutorId();
  }

  @Override
  public Mono<Long> insert(List<TutorRegistered> events) {
    return INSERT.execute(db, events);
  }

  /** Lifecycle changes stored before their tutor arrived take effect now. */
  @Override
  public Mono<Void> afterInsert(List<TutorRegistered> events) {
    return statuses.apply(events.stream().map(TutorRegistered::tutorId).toList());
  }

  public Mono<Page<Tutor>> page(TutorQuery query, PageRequest page) {
    Conditions where =
        new Conditions()
            .equal("tutor_id", query.tutorId())
            .when(query.subject(), ":subject = ANY(subjects)", "subject")
            .equal("subject_family", query.subjectFamily())
            .equal("status", query.status() == null ? null : query.status().name())
            .equal("source", query.source());
    return Pages.of(db, COLUMNS, "tutors", where, "tutor_id", page, TutorStore::tutor);
  }

  public Mono<Tutor> find(String tutorId) {
    return db.sql(COLUMNS + " FROM tutors WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(TutorStore::tutor)
        .one();
  }

  static Tutor tutor(Readable row) {
    String[] subjects = row.get("subjects", String[].class);
    return new Tutor(
        row.get("tutor_id", String.class),
        row.get("name", String.class),
        row.get("email", String.class),
        subjects == null ? List.of() : List.of(subjects),
        row.get("subject_family", String.class),
        row.get("baseline_sessions_per_week", Integer.class),
        row.get("joined_at", Instant.class),
        TutorStatus.valueOf(row.get("status", String.class)),
        row.get("status_changed_at", Instant.class),
        row.get("status_reason", String.class),
        row.get("source", String.class));
  }
}
