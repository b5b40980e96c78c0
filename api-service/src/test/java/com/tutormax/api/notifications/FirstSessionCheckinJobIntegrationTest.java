package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.jobs.ScheduledJobs;
import com.tutormax.common.events.JobFinished;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * first-session-checkins (PRD A3): a check-in to the tutor's email once a first session ended 2 h
 * ago (within the last day); none for later sessions, no-shows, sessions not yet 2 h over or long
 * past; never twice.
 */
@ServiceIntegrationTest
class FirstSessionCheckinJobIntegrationTest {

  @Autowired JobRunner runner;
  @Autowired DatabaseClient db;

  @Test
  void checksInWithTheTutorOncePerFirstSessionTwoHoursAfterItEnded() {
    Fixtures f = new Fixtures(db);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "T-fc-" + id;
    String email = "ada-" + id + "@example.org";
    f.tutor(tutor, "Ada Lovelace", email);
    for (String s : new String[] {"a", "b", "c", "d", "e", "f"}) {
      f.student("ST-fc-" + s + "-" + id);
    }
    // 60-minute sessions: started 3 h 30 min ago, ended 2 h 30 min ago: due.
    f.session("S-due-" + id, tutor, "ST-fc-a-" + id, 1, "3 hours 30 minutes", null, false);
    // Started late (actual start 3 h 10 min ago): ended 2 h 10 min ago: due.
    f.session("S-late-" + id, tutor, "ST-fc-b-" + id, 1, "4 hours", "3 hours 10 minutes", false);
    // Ended 1 h 30 min ago: not yet.
    f.session("S-soon-" + id, tutor, "ST-fc-c-" + id, 1, "2 hours 30 minutes", null, false);
    // Ended 2 h 30 min ago but the student's second session.
    f.session("S-second-" + id, tutor, "ST-fc-d-" + id, 2, "3 hours 30 minutes", null, false);
    f.session("S-noshow-" + id, tutor, "ST-fc-e-" + id, 1, "3 hours 30 minutes", null, true);
    // Ended 2 days ago: outside the look-back.
    f.session("S-old-" + id, tutor, "ST-fc-f-" + id, 1, "2 days", null, false);

    JobFinished first =
        ScheduledJobs.run(runner, "first-session-checkins", Map.of("afterHours", "2"));

    assertThat(first.counts().get("checkinsRecorded")).isGreaterThanOrEqualTo(2);
    assertThat(
            f.string(
                "SELECT string_agg(session_id, ',' ORDER BY session_id) FROM notifications"
                    + " WHERE kind = 'FIRST_SESSION_CHECKIN' AND tutor_id = '"
                    + tutor
                    + "'"))
        .isEqualTo("S-due-" + id + ",S-late-" + id);
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM notifications WHERE session_id = 'S-due-"
                    + id
                    + "' AND recipient_role = 'TUTOR' AND recipient_id = '"
                    + tutor
                    + "' AND recipient_email = '"
                    + email
                    + "' AND body LIKE 'Hello Ada Lovelace,%'"))
        .isEqualTo(1);

    JobFinished again = ScheduledJobs.run(runner, "first-session-checkins", Map.of());

    assertThat(again.counts().get("alreadyCheckedIn")).isGreaterThanOrEqualTo(2);
    assertThat(f.count("SELECT count(*) AS n FROM notifications WHERE tutor_id = '" + tutor + "'"))
        .isEqualTo(2);
  }
}
