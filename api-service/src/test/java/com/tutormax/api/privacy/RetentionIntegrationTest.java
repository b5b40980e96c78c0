package com.tutormax.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Educational records are kept at most 7 years (FERPA); ended feedback links a month. */
@ServiceIntegrationTest
class RetentionIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  @Test
  void theSweepRemovesRecordsPastSevenYearsAndKeepsTheRest() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "T-" + id;
    String oldStudent = "ST-old-" + id;
    String student = "ST-new-" + id;
    exec(
        "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
            + " baseline_sessions_per_week, joined_at, source) VALUES ('"
            + tutor
            + "', 'Long Tenure', 'lt@example.org', ARRAY['math'], 'STEM', 12,"
            + " now() - interval '9 years', 'INGEST')");
    student(oldStudent, "8 years");
    student(student, "8 years");
    session("S-old-" + id, tutor, oldStudent, "7 years 2 days");
    session("S-kept-" + id, tutor, student, "6 years 360 days");
    feedback("F-old-" + id, "S-old-" + id, tutor, oldStudent, "7 years 3 days");
    feedback("F-kept-" + id, "S-kept-" + id, tutor, student, "6 years 360 days");
    activity("A-old-" + id, tutor, "7 years 3 days");
    activity("A-kept-" + id, tutor, "1 day");
    exec(
        "INSERT INTO feedback_tokens (token_hash, session_id, tutor_id, student_id, first_session,"
            + " issued_at, expires_at, used_at) VALUES ('"
            + "h-old-"
            + id
            + "', 'S-kept-"
            + id
            + "', '"
            + tutor
            + "', '"
            + student
            + "', true, now() - interval '40 days', now() - interval '33 days',"
            + " now() - interval '39 days')");

    web.post()
        .uri("/api/admin/privacy/retention")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.sessions")
        .value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(1))
        .jsonPath("$.feedbackLinks")
        .value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(1));

    assertThat(count("sessions", "session_id", "S-%-" + id)).isEqualTo(1);
    assertThat(count("sessions", "session_id", "S-kept-" + id)).isEqualTo(1);
    assertThat(count("feedback", "feedback_id", "F-%-" + id)).isEqualTo(1);
    assertThat(count("tutor_activity", "activity_id", "A-%-" + id)).isEqualTo(1);
    assertThat(count("students", "student_id", oldStudent)).isZero();
    assertThat(count("students", "student_id", student)).isEqualTo(1);
    assertThat(count("tutors", "tutor_id", tutor)).isEqualTo(1);
    assertThat(count("feedback_tokens", "token_hash", "h-old-" + id)).isZero();
    assertThat(count("audit_log", "action", "RECORDS_RETENTION_SWEEP")).isPositive();
  }

  @Test
  void onlyAnAdminRunsTheSweep() {
    for (String role : new String[] {"OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT"}) {
      web.post()
          .uri("/api/admin/privacy/retention")
          .headers(h -> h.setBearerAuth(TestTokens.forRoles(role)))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
  }

  private void student(String id, String registeredAgo) {
    exec(
        "INSERT INTO students (student_id, name_enc, age, grade_level, parental_consent,"
            + " registered_at, source) VALUES ('"
            + id
            + "', '\\x00'::bytea, 15, '10', false, now() - interval '"
            + registeredAgo
            + "', 'INGEST')");
  }

  private void session(String id, String tutor, String student, String ago) {
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
            + "', 1, now() - interval '"
            + ago
            + "', now() - interval '"
            + ago
            + "', 60, 'math', 'ONE_ON_ONE', false, false, false, 0, 0.8, true, false, 'INGEST')");
  }

  private void feedback(String id, String session, String tutor, String student, String ago) {
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
            + "', 4, 4, 4, 4, 4, 4, true, true, ARRAY[]::text[], now() - interval '"
            + ago
            + "', 'INGEST')");
  }

  private void activity(String id, String tutor, String ago) {
    exec(
        "INSERT INTO tutor_activity (activity_id, tutor_id, kind, occurred_at, source) VALUES ('"
            + id
            + "', '"
            + tutor
            + "', 'LOGIN', now() - interval '"
            + ago
            + "', 'INGEST')");
  }

  private void exec(String sql) {
    db.sql(sql).then().block();
  }

  private long count(String table, String column, String like) {
    return db.sql("SELECT count(*) AS n FROM " + table + " WHERE " + column + " LIKE :v")
        .bind("v", like)
        .map(r -> r.get("n", Long.class))
        .one()
        .block();
  }
}
