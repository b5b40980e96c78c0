package com.tutormax.api.ingest;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Rows in the system of record's tables, written directly, as the records consumers would have
 * stored them (possibly from generated data).
 */
final class StoredRecords {

  private final DatabaseClient db;

  StoredRecords(DatabaseClient db) {
    this.db = db;
  }

  void tutor(String tutorId) {
    db.sql(
            "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
                + " baseline_sessions_per_week, joined_at, source) VALUES (:id, 'Stored Tutor',"
                + " 'stored@example.org', ARRAY['math'], 'STEM', 12, now() - interval '90 days',"
                + " 'SYNTHETIC')")
        .bind("id", tutorId)
        .then()
        .block();
  }

  void student(String studentId) {
    db.sql(
            "INSERT INTO students (student_id, name_enc, age, grade_level, parental_consent,"
                + " registered_at, source) VALUES (:id, '\\x00'::bytea, 16, '11', false,"
                + " now() - interval '60 days', 'SYNTHETIC')")
        .bind("id", studentId)
        .then()
        .block();
  }

  void session(String sessionId, String tutorId, String studentId) {
    db.sql(
            "INSERT INTO sessions (session_id, tutor_id, student_id, session_number,"
                + " scheduled_start, actual_start, duration_minutes, subject, session_type,"
                + " tutor_rescheduled, student_rescheduled, no_show, late_start_minutes,"
                + " engagement_score, learning_objectives_met, technical_issues, source) VALUES"
                + " (:id, :tutor, :student, 1, now() - interval '1 day', now() - interval '1 day',"
                + " 60, 'math', 'ONE_ON_ONE', false, false, false, 0, 0.8, true, false,"
                + " 'SYNTHETIC')")
        .bind("id", sessionId)
        .bind("tutor", tutorId)
        .bind("student", studentId)
        .then()
        .block();
  }
}
