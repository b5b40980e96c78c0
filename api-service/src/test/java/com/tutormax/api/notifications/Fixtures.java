package com.tutormax.api.notifications;

import org.springframework.r2dbc.core.DatabaseClient;

/** Rows for the notice jobs' tests, written straight into core's tables; times relative to now. */
final class Fixtures {

  private final DatabaseClient db;

  Fixtures(DatabaseClient db) {
    this.db = db;
  }

  void tutor(String id, String name, String email) {
    exec(
        "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
            + " baseline_sessions_per_week, joined_at, source) VALUES ('"
            + id
            + "', '"
            + name
            + "', '"
            + email
            + "', ARRAY['math'], 'STEM', 12, now() - interval '1 year', 'INGEST')");
  }

  void student(String id) {
    exec(
        "INSERT INTO students (student_id, name_enc, age, grade_level, parental_consent,"
            + " registered_at, source) VALUES ('"
            + id
            + "', '\\x00'::bytea, 15, '10', false, now() - interval '1 year', 'INGEST')");
  }

  /** A 60-minute session; actual start null when {@code actualStartAgo} is null. */
  void session(
      String id,
      String tutor,
      String student,
      int number,
      String scheduledAgo,
      String actualStartAgo,
      boolean noShow) {
    exec(
        "INSERT INTO sessions (session_id, tutor_id, student_id, session_number, scheduled_start,"
            + " actual_start, duration_minutes, subject, session_type, tutor_rescheduled,"
            + " student_rescheduled, no_show, late_start_minutes, engagement_score,"
            + " learning_objectives_met, technical_issues, source) VALUES ('"
            + id
            + "', '"
            + tutor
            + "', '"
            + student
            + "', "
            + number
            + ", now() - interval '"
            + scheduledAgo
            + "', "
            + (actualStartAgo == null ? "NULL" : "now() - interval '" + actualStartAgo + "'")
            + ", 60, 'algebra', 'ONE_ON_ONE', false, false, "
            + noShow
            + ", 0, 0.8, true, false, 'INGEST')");
  }

  void feedback(String id, String session, String tutor, String student) {
    exec(
        "INSERT INTO feedback (feedback_id, session_id, tutor_id, student_id, overall_rating,"
            + " subject_knowledge, communication, patience, engagement, helpfulness,"
            + " would_recommend, first_session, improvement_areas, submitted_at, source) VALUES ('"
            + id
            + "', '"
            + session
            + "', '"
            + tutor
            + "', '"
            + student
            + "', 4, 4, 4, 4, 4, 4, true, true, ARRAY[]::text[], now(), 'INGEST')");
  }

  long count(String sql) {
    return db.sql(sql).map(r -> r.get("n", Long.class)).one().block();
  }

  String string(String sql) {
    return db.sql(sql).map(r -> r.get(0, String.class)).one().block();
  }

  void exec(String sql) {
    db.sql(sql).then().block();
  }
}
