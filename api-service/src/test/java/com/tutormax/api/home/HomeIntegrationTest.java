package com.tutormax.api.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.api.home.domain.CriticalAlert;
import com.tutormax.api.home.domain.HomeKpis;
import com.tutormax.api.home.domain.HomeSnapshot;
import com.tutormax.api.home.service.HomeService;
import com.tutormax.api.interventions.WorkflowFixtures;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The ops home's figures move exactly as the events imply: three new tutors with their sessions,
 * ratings and predictions change the KPIs by what they add (the database is shared with other
 * tests, so the test compares before and after), the critical one heads the alerts queue with its
 * open task, and the task assigned to a manager is in that manager's queue with its SLA.
 */
@ServiceIntegrationTest
class HomeIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired HomeService home;
  @Autowired WebTestClient web;

  @Test
  void theHomesFiguresMoveByWhatTheEventsAdd() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String critical = "T-home-c-" + run;
    String high = "T-home-h-" + run;
    String calm = "T-home-l-" + run;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant yesterday = now.minus(Duration.ofDays(1));
    HomeKpis before = home.refresh().block().kpis();

    for (String tutor : List.of(critical, high, calm)) {
      publish(tutor(tutor, now.minus(Duration.ofDays(40))));
    }
    // Five sessions: two first sessions (rated 5 and 2), a no-show, one moved by the tutor and
    // one by the student.
    publish(session("s1-" + run, critical, 1, yesterday, false, false, false));
    publish(session("s2-" + run, high, 1, yesterday, false, false, false));
    publish(session("s3-" + run, high, 4, yesterday, false, false, true));
    publish(session("s4-" + run, calm, 5, yesterday, true, false, false));
    publish(session("s5-" + run, calm, 6, yesterday, false, true, false));
    publish(feedback("f1-" + run, "s1-" + run, critical, 5, yesterday.plusSeconds(7200)));
    publish(feedback("f2-" + run, "s2-" + run, high, 2, yesterday.plusSeconds(7200)));
    publish(prediction(critical, now, 88, RiskLevel.CRITICAL));
    publish(prediction(high, now, 62, RiskLevel.HIGH));
    WorkflowFixtures fixtures = new WorkflowFixtures(publisher, db);
    String task =
        fixtures.task(
            critical,
            "H3_PERFORMANCE_PLAN",
            RiskLevel.CRITICAL,
            Duration.ofHours(6),
            Duration.ofHours(18));
    await()
        .atMost(WAIT)
        .until(
            () ->
                count("SELECT count(*) AS n FROM sessions WHERE session_id LIKE 's_-" + run + "'")
                        == 5
                    && count(
                            "SELECT count(*) AS n FROM feedback WHERE feedback_id LIKE 'f_-"
                                + run
                                + "'")
                        == 2
                    && count(
                            "SELECT count(*) AS n FROM tutor_predictions WHERE tutor_id IN ('"
                                + critical
                                + "', '"
                                + high
                                + "')")
                        == 2);

    HomeSnapshot after = home.refresh().block();
    HomeKpis k = after.kpis();
    assertThat(k.totalTutors() - before.totalTutors()).isEqualTo(3);
    assertThat(k.activeTutors() - before.activeTutors()).isEqualTo(3);
    assertThat(k.noShows().of() - before.noShows().of()).isEqualTo(5);
    assertThat(k.noShows().count() - before.noShows().count()).isEqualTo(1);
    assertThat(k.reschedules().count() - before.reschedules().count()).isEqualTo(2);
    assertThat(k.tutorInitiated().count() - before.tutorInitiated().count()).isEqualTo(1);
    assertThat(k.firstSessionSuccess().of() - before.firstSessionSuccess().of()).isEqualTo(2);
    assertThat(k.firstSessionSuccess().count() - before.firstSessionSuccess().count()).isEqualTo(1);
    assertThat(k.atRisk().get("CRITICAL") - before.atRisk().get("CRITICAL")).isEqualTo(1);
    assertThat(k.atRisk().get("HIGH") - before.atRisk().get("HIGH")).isEqualTo(1);
    assertThat(k.atRiskCount() - before.atRiskCount()).isEqualTo(2);
    assertThat(k.noShows().rate()).isEqualTo((double) k.noShows().count() / k.noShows().of());

    CriticalAlert alert =
        after.alerts().stream().filter(a -> a.tutorId().equals(critical)).findFirst().orElseThrow();
    assertThat(alert.score()).isEqualTo(88.0);
    assertThat(alert.topFactor()).isEqualTo("No shows (14 days): 3 (raises risk)");
    assertThat(alert.recommended()).extracting(t -> t.interventionId()).containsExactly(task);
    assertThat(after.alerts()).noneMatch(a -> a.tutorId().equals(high));
    assertThat(after.trend()).isNotEmpty();
    assertThat(after.trend().get(after.trend().size() - 1).critical()).isGreaterThanOrEqualTo(1);

    UUID manager = fixtures.user("OPS_MANAGER", "Mia Manager", true);
    db.sql(
            "UPDATE interventions SET assignee_id = :m, status = 'ASSIGNED' WHERE intervention_id = :t")
        .bind("m", manager)
        .bind("t", task)
        .then()
        .block();
    JsonNode mine =
        web.get()
            .uri("/api/home")
            .headers(h -> h.setBearerAuth(WorkflowFixtures.token(manager, "OPS_MANAGER")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(mine.path("myQueue")).hasSize(1);
    JsonNode queued = mine.path("myQueue").get(0);
    assertThat(queued.path("interventionId").asString()).isEqualTo(task);
    assertThat(queued.path("sla").path("percentUsed").asInt()).isBetween(24, 26);
    assertThat(queued.path("sla").path("overdue").asBoolean()).isFalse();
    assertThat(mine.path("shared").path("kpis").path("activeTutors").asLong()).isPositive();
  }

  private void publish(TutorMaxEvent event) throws Exception {
    publisher.send(event, UUID.randomUUID()).get(30, TimeUnit.SECONDS);
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get("n", Long.class)).one().block();
  }

  private static TutorRegistered tutor(String id, Instant joined) {
    return new TutorRegistered(
        id,
        "Home " + id,
        id.toLowerCase() + "@tutors.test",
        List.of("math"),
        "STEM",
        10,
        joined,
        DataSource.INGEST);
  }

  private static SessionRecorded session(
      String id,
      String tutor,
      int number,
      Instant start,
      boolean byTutor,
      boolean byStudent,
      boolean noShow) {
    boolean moved = byTutor || byStudent;
    return new SessionRecorded(
        id,
        tutor,
        "S-home",
        number,
        start,
        noShow ? null : start,
        noShow ? 0 : 50,
        "math",
        SessionRecorded.SessionType.ONE_ON_ONE,
        byTutor,
        byStudent,
        moved ? 30.0 : null,
        moved ? "conflict" : null,
        noShow,
        0,
        noShow ? 0.0 : 0.8,
        !noShow,
        false,
        DataSource.INGEST);
  }

  private static FeedbackSubmitted feedback(
      String id, String session, String tutor, int rating, Instant at) {
    return new FeedbackSubmitted(
        id,
        session,
        tutor,
        "S-home",
        rating,
        4,
        4,
        4,
        4,
        4,
        rating >= 4,
        true,
        FeedbackSubmitted.WorkAgain.MAYBE,
        List.of(),
        null,
        at,
        DataSource.INGEST);
  }

  private static ChurnPredicted prediction(
      String tutor, Instant asOf, double score, RiskLevel level) {
    return new ChurnPredicted(
        tutor,
        asOf,
        score,
        score,
        level,
        Map.of(),
        List.of(),
        Map.of(),
        List.of(
            new ChurnPredicted.Factor("no_shows_14d", "No shows (14 days): 3 (raises risk)", 9)),
        Map.of());
  }
}
