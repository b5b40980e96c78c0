package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.jobs.ScheduledJobs;
import com.tutormax.common.events.JobFinished;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * feedback-reminders: one reminder per unrated session held 24-48 h ago, to its student, with a
 * working feedback link; never for rated, no-show, too recent or too old sessions; never twice.
 */
@ServiceIntegrationTest
class FeedbackReminderJobIntegrationTest {

  private static final Pattern LINK = Pattern.compile("/api/feedback/forms/([A-Za-z0-9_-]+)");

  @Autowired JobRunner runner;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  @Test
  void remindsEachUnratedSessionOfTheWindowOnceWithAWorkingLink() {
    Fixtures f = new Fixtures(db);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "T-fr-" + id;
    String student = "ST-fr-" + id;
    f.tutor(tutor, "Grace Hopper", "gh-" + id + "@example.org");
    f.student(student);
    // Scheduled 50 h ago but started 30 h ago: held inside the window.
    f.session("S-due-" + id, tutor, student, 3, "50 hours", "30 hours", false);
    f.session("S-sched-" + id, tutor, student, 4, "40 hours", null, false);
    f.session("S-linked-" + id, tutor, student, 5, "36 hours", "36 hours", false);
    f.session("S-rated-" + id, tutor, student, 6, "30 hours", "30 hours", false);
    f.feedback("F-" + id, "S-rated-" + id, tutor, student);
    f.session("S-noshow-" + id, tutor, student, 7, "30 hours", null, true);
    f.session("S-recent-" + id, tutor, student, 8, "10 hours", "10 hours", false);
    f.session("S-old-" + id, tutor, student, 9, "60 hours", "60 hours", false);
    String staffLink = issueLink("S-linked-" + id);

    JobFinished first =
        ScheduledJobs.run(
            runner, "feedback-reminders", Map.of("minAgeHours", "24", "maxAgeHours", "48"));

    assertThat(first.counts().get("remindersRecorded")).isGreaterThanOrEqualTo(3);
    assertThat(first.counts().get("sessionsChecked")).isGreaterThanOrEqualTo(3);
    assertThat(reminded(id)).isEqualTo("S-due-" + id + ",S-linked-" + id + ",S-sched-" + id);
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM notifications WHERE session_id = 'S-due-"
                    + id
                    + "' AND recipient_role = 'STUDENT' AND recipient_id = '"
                    + student
                    + "' AND recipient_email IS NULL AND status = 'RECORDED'"
                    + " AND dedupe_key = 'feedback-reminder:S-due-"
                    + id
                    + "'"))
        .isEqualTo(1);

    // The reminder's link opens the form; the staff link it replaced does not.
    String body =
        f.string(
            "SELECT body FROM notifications WHERE dedupe_key = 'feedback-reminder:S-linked-"
                + id
                + "'");
    assertThat(body).contains("http://localhost:8080/api/feedback/forms/");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).isTrue();
    web.get().uri("/api/feedback/forms/" + link.group(1)).exchange().expectStatus().isOk();
    web.get().uri(staffLink).exchange().expectStatus().is4xxClientError();
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM audit_log WHERE action = 'FEEDBACK_LINK_ISSUED'"
                    + " AND actor = 'scheduler:feedback-reminders' AND target_id = 'S-due-"
                    + id
                    + "'"))
        .isEqualTo(1);

    JobFinished again = ScheduledJobs.run(runner, "feedback-reminders", Map.of());

    assertThat(again.counts().get("alreadyReminded")).isGreaterThanOrEqualTo(3);
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM notifications WHERE session_id LIKE 'S-%-" + id + "'"))
        .isEqualTo(3);
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM feedback_tokens WHERE session_id = 'S-due-" + id + "'"))
        .isEqualTo(1);
  }

  @Test
  void aWindowThatIsNotOneFailsTheRun() {
    var request =
        new com.tutormax.common.events.JobRequested(
            "feedback-reminders@bad/" + UUID.randomUUID(),
            "feedback-reminders",
            "api-service",
            Map.of("minAgeHours", "48", "maxAgeHours", "24"),
            java.time.Instant.now(),
            java.time.Instant.now());
    assertThat(runner.claim(request).block()).isTrue();
    JobFinished finished = runner.perform(request).block();
    assertThat(finished.outcome()).isEqualTo(JobFinished.Outcome.FAILED);
    assertThat(finished.error()).contains("maxAgeHours must exceed minAgeHours");
  }

  private String issueLink(String session) {
    return web.post()
        .uri("/api/feedback/tokens")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .bodyValue(Map.of("session_id", session))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("form_path")
        .toString();
  }

  private String reminded(String id) {
    return f().string(
            "SELECT string_agg(session_id, ',' ORDER BY session_id) FROM notifications"
                + " WHERE kind = 'FEEDBACK_REMINDER' AND session_id LIKE 'S-%-"
                + id
                + "'");
  }

  private Fixtures f() {
    return new Fixtures(db);
  }
}
