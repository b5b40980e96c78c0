package com.tutormax.api.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Automated interventions are executed as they arrive: the tutor gets A1's tips, A2's module and
 * A5's preparation email in words (never a score or a risk), A3 is marked as done by its job, each
 * once even when redelivered; a recommendation days old is history and runs nothing.
 */
@ServiceIntegrationTest
class AutomatedActionsIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  @Test
  void eachAutomatedActionIsExecutedOnceAndLogged() throws Exception {
    String tutor = "T-auto-" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    publish(
        new TutorRegistered(
            tutor,
            "Ada Auto",
            tutor.toLowerCase() + "@tutors.test",
            List.of("algebra"),
            "STEM",
            10,
            now.minus(Duration.ofDays(90)),
            DataSource.INGEST),
        "t-" + tutor);
    await().atMost(WAIT).until(() -> count("tutors WHERE tutor_id = '" + tutor + "'") == 1);

    String tips = UUID.randomUUID().toString();
    String prep = UUID.randomUUID().toString();
    String checkIn = UUID.randomUUID().toString();
    String old = UUID.randomUUID().toString();
    InterventionRecommended a1 =
        automated(
            tips,
            tutor,
            "A1_COACHING_TIPS",
            "Metrics below threshold: HIGH_NO_SHOW_RATE, LOW_RATING",
            now);
    publish(a1, "a1-" + tips);
    publish(
        automated(
            prep,
            tutor,
            "A5_FIRST_SESSION_PREP",
            "First session Tuesday 1 December 2026, 16:00 UTC (algebra): 63% risk of a rating"
                + " below 3 — Student age: 9",
            now),
        "a5-" + prep);
    publish(
        automated(checkIn, tutor, "A3_FIRST_SESSION_CHECK_IN", "1 first session(s) today", now),
        "a3-" + checkIn);
    publish(
        automated(
            old,
            tutor,
            "A2_TRAINING_MODULE",
            "Skill gap: LOW_RATING",
            now.minus(Duration.ofDays(3))),
        "a2-" + old);
    // Redelivered under another event id: still one notice.
    publish(a1, "a1-again-" + tips);

    await()
        .atMost(WAIT)
        .until(
            () ->
                count("interventions WHERE tutor_id = '" + tutor + "' AND executed_at IS NOT NULL")
                    == 3);
    assertThat(count("interventions WHERE intervention_id = '" + old + "' AND executed_at IS NULL"))
        .isEqualTo(1);
    assertThat(string("SELECT execution FROM interventions WHERE intervention_id = '" + tips + "'"))
        .isEqualTo("COACHING_TIPS emailed to the tutor");
    assertThat(
            string("SELECT execution FROM interventions WHERE intervention_id = '" + checkIn + "'"))
        .contains("first-session-checkins");

    assertThat(count("notifications WHERE dedupe_key = 'automated:" + tips + "'")).isEqualTo(1);
    String tipsBody =
        string("SELECT body FROM notifications WHERE dedupe_key = 'automated:" + tips + "'");
    assertThat(tipsBody)
        .startsWith("Hello Ada Auto,")
        .contains("Lately some sessions were missed.")
        .contains("Lately students' ratings have dipped.")
        .doesNotContain("HIGH_NO_SHOW_RATE");
    assertThat(
            string(
                "SELECT recipient_email FROM notifications WHERE dedupe_key = 'automated:"
                    + tips
                    + "'"))
        .isEqualTo(tutor.toLowerCase() + "@tutors.test");
    String prepBody =
        string("SELECT body FROM notifications WHERE dedupe_key = 'automated:" + prep + "'");
    assertThat(prepBody)
        .contains(
            "Your session on Tuesday 1 December 2026, 16:00 UTC (algebra) is with a new student")
        .doesNotContain("%")
        .doesNotContainIgnoringCase("risk");
    assertThat(string("SELECT kind FROM notifications WHERE dedupe_key = 'automated:" + prep + "'"))
        .isEqualTo("FIRST_SESSION_PREP");
    assertThat(count("notifications WHERE dedupe_key = 'automated:" + old + "'")).isZero();
    assertThat(count("notifications WHERE dedupe_key = 'automated:" + checkIn + "'")).isZero();
  }

  private static InterventionRecommended automated(
      String id, String tutor, String type, String reason, Instant at) {
    return new InterventionRecommended(
        id, tutor, type, true, RiskLevel.MEDIUM, reason, at, "NORMAL", null);
  }

  private void publish(TutorMaxEvent event, String name) throws Exception {
    publisher
        .send(event, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
        .get(30, TimeUnit.SECONDS);
  }

  private long count(String from) {
    return db.sql("SELECT count(*) AS n FROM " + from)
        .map(r -> r.get("n", Long.class))
        .one()
        .block();
  }

  private String string(String sql) {
    return db.sql(sql).map(r -> r.get(0, String.class)).one().block();
  }
}
