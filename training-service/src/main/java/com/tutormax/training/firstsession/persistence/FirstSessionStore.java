package com.tutormax.training.firstsession.persistence;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.training.firstsession.domain.FirstSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * training.first_sessions, training.first_session_ratings and training.students: what the
 * first-session model learns from, with only the fields it needs (a first session's schedule,
 * subject and student; its overall rating; a student's age). Writes are idempotent (the first
 * version of a record is kept, so a redelivery changes nothing) and in key order.
 */
@Repository
public class FirstSessionStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DatabaseClient db;

  public FirstSessionStore(DatabaseClient db) {
    this.db = db;
  }

  /** Keeps the first sessions (session number 1) among {@code sessions}; others are ignored. */
  public Mono<Void> sessions(Collection<SessionRecorded> sessions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    sessions.stream()
        .filter(s -> s.sessionNumber() == 1)
        .sorted(Comparator.comparing(SessionRecorded::sessionId))
        .forEach(
            s -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("session_id", s.sessionId());
              row.put("tutor_id", s.tutorId());
              row.put("student_id", s.studentId());
              row.put("scheduled_start", s.scheduledStart().toString());
              row.put("subject", s.subject());
              rows.add(row);
            });
    return write(
        "INSERT INTO first_sessions (session_id, tutor_id, student_id, scheduled_start, subject)"
            + " SELECT r.session_id, r.tutor_id, r.student_id, r.scheduled_start, r.subject"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(session_id text, tutor_id text,"
            + " student_id text, scheduled_start timestamptz, subject text) ORDER BY r.session_id"
            + " ON CONFLICT (session_id) DO NOTHING",
        rows);
  }

  /** Keeps the overall rating of first-session feedback; other feedback is ignored. */
  public Mono<Void> ratings(Collection<FeedbackSubmitted> feedback) {
    List<Map<String, Object>> rows = new ArrayList<>();
    feedback.stream()
        .filter(FeedbackSubmitted::firstSession)
        .sorted(Comparator.comparing(FeedbackSubmitted::sessionId))
        .forEach(
            f -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("session_id", f.sessionId());
              row.put("rating", f.overallRating());
              row.put("submitted_at", f.submittedAt().toString());
              rows.add(row);
            });
    return write(
        "INSERT INTO first_session_ratings (session_id, rating, submitted_at)"
            + " SELECT r.session_id, r.rating, r.submitted_at FROM jsonb_to_recordset(CAST(:rows AS"
            + " jsonb)) AS r(session_id text, rating int, submitted_at timestamptz)"
            + " ORDER BY r.session_id ON CONFLICT (session_id) DO NOTHING",
        rows);
  }

  /** Keeps each student's age (nothing else about them). */
  public Mono<Void> students(Collection<StudentRegistered> students) {
    List<Map<String, Object>> rows = new ArrayList<>();
    students.stream()
        .sorted(Comparator.comparing(StudentRegistered::studentId))
        .forEach(
            s -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("student_id", s.studentId());
              row.put("age", s.age());
              rows.add(row);
            });
    return write(
        "INSERT INTO students (student_id, age) SELECT r.student_id, r.age"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(student_id text, age int)"
            + " ORDER BY r.student_id ON CONFLICT (student_id) DO NOTHING",
        rows);
  }

  /** Every first session with its rating (null if not rated yet). */
  public Flux<FirstSession> firstSessions() {
    return db.sql(
            "SELECT s.session_id, s.tutor_id, s.student_id, s.scheduled_start, s.subject, r.rating"
                + " FROM first_sessions s LEFT JOIN first_session_ratings r"
                + " ON r.session_id = s.session_id")
        .map(
            r ->
                new FirstSession(
                    r.get("session_id", String.class),
                    r.get("tutor_id", String.class),
                    r.get("student_id", String.class),
                    r.get("scheduled_start", Instant.class),
                    r.get("subject", String.class),
                    r.get("rating", Integer.class)))
        .all();
  }

  /** Every known student's age, by student id. */
  public Mono<Map<String, Integer>> studentAges() {
    return db.sql("SELECT student_id, age FROM students")
        .map(r -> Map.entry(r.get("student_id", String.class), r.get("age", Integer.class)))
        .all()
        .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()));
  }

  private Mono<Void> write(String sql, List<Map<String, Object>> rows) {
    return rows.isEmpty()
        ? Mono.empty()
        : db.sql(sql).bind("rows", JSON.writeValueAsString(rows)).then();
  }
}
