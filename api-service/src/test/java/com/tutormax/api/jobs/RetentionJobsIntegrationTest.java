package com.tutormax.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The scheduler's two retention jobs perform the admins' sweeps: old records and audit entries go,
 * recent ones stay, the counts are reported and the scheduler is the audited requester.
 */
@ServiceIntegrationTest
class RetentionJobsIntegrationTest {

  @Autowired JobRunner runner;
  @Autowired DatabaseClient db;

  @Test
  void dataRetentionSweepRemovesRecordsPastSevenYears() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "T-job-" + id;
    exec(
        "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
            + " baseline_sessions_per_week, joined_at, source) VALUES ('"
            + tutor
            + "', 'Long Tenure', 'lt@example.org', ARRAY['math'], 'STEM', 12,"
            + " now() - interval '9 years', 'INGEST')");
    exec(
        "INSERT INTO tutor_activity (activity_id, tutor_id, kind, occurred_at, source) VALUES"
            + " ('A-old-"
            + id
            + "', '"
            + tutor
            + "', 'LOGIN', now() - interval '7 years 3 days', 'INGEST'), ('A-kept-"
            + id
            + "', '"
            + tutor
            + "', 'LOGIN', now() - interval '1 day', 'INGEST')");

    JobFinished finished = ScheduledJobs.run(runner, "data-retention-sweep", Map.of());

    assertThat(finished.counts())
        .containsKeys(
            "feedbackDeleted",
            "sessionsDeleted",
            "studentsDeleted",
            "feedbackLinksDeleted",
            "activityDeleted");
    assertThat(finished.counts().get("activityDeleted")).isGreaterThanOrEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) AS n FROM tutor_activity WHERE activity_id = 'A-old-" + id + "'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) AS n FROM tutor_activity WHERE activity_id = 'A-kept-" + id + "'"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) AS n FROM audit_log WHERE action = 'RECORDS_RETENTION_SWEEP'"
                    + " AND actor = 'scheduler:data-retention-sweep' AND actor_id IS NULL"))
        .isPositive();
  }

  @Test
  void auditLogRetentionRemovesEntriesPastThreeYears() {
    String target = UUID.randomUUID().toString();
    exec(
        "INSERT INTO audit_log (at, actor, action, target_type, target_id, outcome) VALUES"
            + " (now() - interval '3 years 2 days', 'old@tutormax.test', 'TEST_OLD', 'user', '"
            + target
            + "', 'SUCCESS'), (now() - interval '2 years', 'new@tutormax.test', 'TEST_NEW',"
            + " 'user', '"
            + target
            + "', 'SUCCESS')");

    JobFinished finished = ScheduledJobs.run(runner, "audit-log-retention", Map.of());

    assertThat(finished.counts().get("entriesDeleted")).isGreaterThanOrEqualTo(1);
    assertThat(count("SELECT count(*) AS n FROM audit_log WHERE target_id = '" + target + "'"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) AS n FROM audit_log WHERE action = 'AUDIT_RETENTION'"
                    + " AND actor = 'scheduler:audit-log-retention'"))
        .isPositive();
  }

  private void exec(String sql) {
    db.sql(sql).then().block();
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get("n", Long.class)).one().block();
  }
}
