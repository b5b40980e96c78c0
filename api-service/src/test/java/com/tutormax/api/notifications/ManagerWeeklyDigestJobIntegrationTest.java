package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.jobs.ScheduledJobs;
import com.tutormax.api.notifications.domain.WeeklyFigures;
import com.tutormax.api.notifications.persistence.WeeklyFiguresStore;
import com.tutormax.common.events.JobFinished;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * manager-weekly-digest: the week's figures counted from core's tables, one digest to each active
 * OPS_MANAGER (not to disabled ones, nor to other roles), once a week.
 */
@ServiceIntegrationTest
class ManagerWeeklyDigestJobIntegrationTest {

  @Autowired JobRunner runner;
  @Autowired DatabaseClient db;
  @Autowired WeeklyFiguresStore figures;

  @Test
  void oneDigestPerActiveOpsManagerPerWeek() {
    Fixtures f = new Fixtures(db);
    UUID active = user("ops-active", "ACTIVE", "OPS_MANAGER");
    UUID disabled = user("ops-disabled", "DISABLED", "OPS_MANAGER");
    UUID admin = user("admin", "ACTIVE", "ADMIN");

    JobFinished first = ScheduledJobs.run(runner, "manager-weekly-digest", Map.of());

    assertThat(first.counts().get("digestsRecorded")).isGreaterThanOrEqualTo(1);
    assertThat(digests(f, active)).isEqualTo(1);
    assertThat(digests(f, disabled)).isZero();
    assertThat(digests(f, admin)).isZero();
    assertThat(f.string("SELECT body FROM notifications WHERE recipient_id = '" + active + "'"))
        .startsWith("Hello Manager ops-active,")
        .contains("Sessions held:");

    JobFinished again = ScheduledJobs.run(runner, "manager-weekly-digest", Map.of());

    assertThat(again.counts().get("alreadyRecorded")).isGreaterThanOrEqualTo(1);
    assertThat(digests(f, active)).isEqualTo(1);
  }

  @Test
  void theWeeksFiguresAreCountedFromTheRecords() {
    // A week long ago that no other test writes into; the bounds are [from, to).
    Instant from = Instant.parse("1985-03-04T09:00:00Z");
    Instant to = Instant.parse("1985-03-11T09:00:00Z");
    String id = UUID.randomUUID().toString().substring(0, 8);
    Fixtures f = new Fixtures(db);
    f.exec(
        "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
            + " baseline_sessions_per_week, joined_at, source) VALUES"
            + " ('T-w1-"
            + id
            + "', 'A', 'a@example.org', ARRAY['math'], 'STEM', 5,"
            + " '1985-03-05T10:00:00Z', 'INGEST'),"
            + " ('T-w2-"
            + id
            + "', 'B', 'b@example.org', ARRAY['math'], 'STEM', 5,"
            + " '1985-03-11T09:00:00Z', 'INGEST')");
    session(f, "S-1-" + id, "1985-03-04T09:00:00Z", 1, false, false);
    session(f, "S-2-" + id, "1985-03-05T09:00:00Z", 1, true, false);
    session(f, "S-3-" + id, "1985-03-06T09:00:00Z", 2, false, true);
    session(f, "S-4-" + id, "1985-03-10T09:00:00Z", 3, false, true);
    session(f, "S-out-" + id, "1985-03-11T09:00:00Z", 1, true, true);
    feedback(f, "F-1-" + id, 5, true, "1985-03-05T12:00:00Z");
    feedback(f, "F-2-" + id, 2, true, "1985-03-06T12:00:00Z");
    feedback(f, "F-3-" + id, 4, false, "1985-03-07T12:00:00Z");
    feedback(f, "F-out-" + id, 1, true, "1985-03-03T12:00:00Z");
    f.exec(
        "INSERT INTO tutor_lifecycle (tutor_id, change, occurred_at, source) VALUES"
            + " ('T-w1-"
            + id
            + "', 'RESIGNED', '1985-03-08T00:00:00Z', 'INGEST'),"
            + " ('T-w2-"
            + id
            + "', 'INACTIVE', '1985-03-08T00:00:00Z', 'INGEST'),"
            + " ('T-w2-"
            + id
            + "', 'RESIGNED', '1985-03-12T00:00:00Z', 'INGEST')");

    WeeklyFigures week = figures.figures(from, to).block();

    assertThat(week).isEqualTo(new WeeklyFigures(4, 1, 2, 3, 11, 2, 1, 1, 1, 1));
  }

  private UUID user(String name, String status, String role) {
    UUID id = UUID.randomUUID();
    Fixtures f = new Fixtures(db);
    f.exec(
        "INSERT INTO users (id, email, display_name, status) VALUES ('"
            + id
            + "', '"
            + name
            + "-"
            + id
            + "@tutormax.test', 'Manager "
            + name
            + "', '"
            + status
            + "')");
    f.exec("INSERT INTO user_roles (user_id, role) VALUES ('" + id + "', '" + role + "')");
    return id;
  }

  private static long digests(Fixtures f, UUID user) {
    return f.count(
        "SELECT count(*) AS n FROM notifications WHERE kind = 'MANAGER_WEEKLY_DIGEST'"
            + " AND recipient_role = 'OPS_MANAGER' AND recipient_id = '"
            + user
            + "'");
  }

  private static void session(
      Fixtures f, String id, String start, int number, boolean noShow, boolean tutorRescheduled) {
    f.exec(
        "INSERT INTO sessions (session_id, tutor_id, student_id, session_number, scheduled_start,"
            + " duration_minutes, subject, session_type, tutor_rescheduled, student_rescheduled,"
            + " no_show, late_start_minutes, engagement_score, learning_objectives_met,"
            + " technical_issues, source) VALUES ('"
            + id
            + "', 'T-x', 'ST-x', "
            + number
            + ", '"
            + start
            + "', 60, 'algebra', 'ONE_ON_ONE', "
            + tutorRescheduled
            + ", false, "
            + noShow
            + ", 0, 0.8, true, false, 'INGEST')");
  }

  private static void feedback(Fixtures f, String id, int rating, boolean first, String at) {
    f.exec(
        "INSERT INTO feedback (feedback_id, session_id, tutor_id, student_id, overall_rating,"
            + " subject_knowledge, communication, patience, engagement, helpfulness,"
            + " would_recommend, first_session, improvement_areas, submitted_at, source) VALUES ('"
            + id
            + "', 'S-x', 'T-x', 'ST-x', "
            + rating
            + ", 4, 4, 4, 4, 4, true, "
            + first
            + ", ARRAY[]::text[], '"
            + at
            + "', 'INGEST')");
  }
}
