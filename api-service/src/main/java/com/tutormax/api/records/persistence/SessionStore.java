package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.SessionQuery;
import com.tutormax.api.records.domain.TutoringSession;
import com.tutormax.common.events.SessionRecorded;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.sessions, keyed by session id. */
@Repository
public class SessionStore implements RecordTable<SessionRecorded> {

  private static final String COLUMNS =
      "SELECT session_id, tutor_id, student_id, session_number, scheduled_start, actual_start,"
          + " duration_minutes, subject, session_type, tutor_rescheduled, student_rescheduled,"
          + " reschedule_notice_hours, reschedule_reason, no_show, late_start_minutes,"
          + " engagement_score, learning_objectives_met, technical_issues, source";

  private static final UnnestInsert<SessionRecorded> INSERT =
      UnnestInsert.<SessionRecorded>into("sessions", "session_id")
          .text("session_id", SessionRecorded::sessionId)
          .text("tutor_id", SessionRecorded::tutorId)
          .text("student_id", SessionRecorded::studentId)
          .integer("session_number", SessionRecorded::sessionNumber)
          .timestamp("scheduled_start", SessionRecorded::scheduledStart)
          .timestamp("actual_start", SessionRecorded::actualStart)
          .integer("duration_minutes", SessionRecorded::durationMinutes)
          .text("subject", SessionRecorded::subject)
          .text("session_type", s -> s.sessionType().name())
          .bool("tutor_rescheduled", SessionRecorded::tutorRescheduled)
          .bool("student_rescheduled", SessionRecorded::studentRescheduled)
          .float8("reschedule_notice_hours", SessionRecorded::rescheduleNoticeHours)
          .text("reschedule_reason", SessionRecorded::rescheduleReason)
          .bool("no_show", SessionRecorded::noShow)
          .integer("late_start_minutes", SessionRecorded::lateStartMinutes)
          .float8("engagement_score", SessionRecorded::engagementScore)
          .bool("learning_objectives_met", SessionRecorded::learningObjectivesMet)
          .bool("technical_issues", SessionRecorded::technicalIssues)
          .text("source", s -> s.source().name());

  private final DatabaseClient db;

  public SessionStore(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Class<SessionRecorded> eventType() {
    return SessionRecorded.class;
  }

  @Override
  public String naturalKey(SessionRecorded event) {
    return event.sessionId();
  }

  @Override
  public Mono<Long> insert(List<SessionRecorded> events) {
    return INSERT.execute(db, events);
  }

  /** Newest scheduled first. */
  public Mono<Page<TutoringSession>> page(SessionQuery query, PageRequest page) {
    Conditions where =
        new Conditions()
            .equal("tutor_id", query.tutorId())
            .equal("student_id", query.studentId())
            .within("scheduled_start", query.scheduled())
            .equal("subject", query.subject())
            .equal("source", query.source());
    return Pages.of(
        db,
        COLUMNS,
        "sessions",
        where,
        "scheduled_start DESC, session_id",
        page,
        SessionStore::session);
  }

  public Mono<TutoringSession> find(String sessionId) {
    return db.sql(COLUMNS + " FROM sessions WHERE session_id = :id")
        .bind("id", sessionId)
        .map(SessionStore::session)
        .one();
  }

  static TutoringSession session(Readable row) {
    return new TutoringSession(
        row.get("session_id", String.class),
        row.get("tutor_id", String.class),
        row.get("student_id", String.class),
        row.get("session_number", Integer.class),
        row.get("scheduled_start", Instant.class),
        row.get("actual_start", Instant.class),
        row.get("duration_minutes", Integer.class),
        row.get("subject", String.class),
        row.get("session_type", String.class),
        row.get("tutor_rescheduled", Boolean.class),
        row.get("student_rescheduled", Boolean.class),
        row.get("reschedule_notice_hours", Double.class),
        row.get("reschedule_reason", String.class),
        row.get("no_show", Boolean.class),
        row.get("late_start_minutes", Integer.class),
        row.get("engagement_score", Double.class),
        row.get("learning_objectives_met", Boolean.class),
        row.get("technical_issues", Boolean.class),
        row.get("source", String.class));
  }
}
