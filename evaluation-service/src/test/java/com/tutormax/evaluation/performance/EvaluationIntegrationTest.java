package com.tutormax.evaluation.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.JobRequested;
import com.tutormax.common.events.Topics;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-built tutor through Kafka: daily aggregates, metrics equal to hand-computed values, days
 * closed once each (quiet days included) as event time passes, inactivity churn on the 15th silent
 * day, replays that change nothing, and the API a tutor and staff see.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Tutor A held one session a day for 20 days (rated 5), one no-show, then went silent. */
  private final LocalDate base = LocalDate.now(ZoneOffset.UTC).minusDays(45);

  private final TutorHistory tutorA = new TutorHistory("EVAL-A", base);

  /** Other tutors, logging in daily: they move event time on every partition. */
  private final List<TutorHistory> clockTutors =
      java.util.stream.IntStream.range(0, 12)
          .mapToObj(i -> new TutorHistory("EVAL-CLOCK-" + i, base))
          .toList();

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;
  @Autowired MeterRegistry meters;

  @Test
  @Order(1)
  void aHandBuiltHistoryIsAggregatedEvaluatedAndItsDaysClosedOnce() {
    // In event-time order, as a source sends them: an event older than what its partition has
    // already delivered arrives late, and its day may have closed (ADR 0004).
    for (int d = 0; d < 20; d++) {
      tutorA.session(base.plusDays(d), 10, d == 0 ? 1 : 2, true, 5).login(base.plusDays(d), 9);
      if (d == 3) {
        tutorA.response(base.plusDays(3), 12, 30);
      }
      if (d == 4) {
        tutorA.response(base.plusDays(4), 12, 90);
      }
      if (d == 5) {
        tutorA.noShow(base.plusDays(5), 15);
      }
    }
    tutorA.publish(publisher);
    // Other tutors' activity moves event time on every partition up to base + 37.
    for (TutorHistory clock : clockTutors) {
      for (int d = 0; d <= 37; d++) {
        clock.login(base.plusDays(d), 20);
      }
      clock.publish(publisher);
    }

    await()
        .atMost(WAIT)
        .until(() -> closedThrough() != null && !closedThrough().isBefore(base.plusDays(35)));

    Map<String, Object> day0 =
        row("SELECT * FROM tutor_days WHERE tutor_id = 'EVAL-A' AND day = :d", base);
    assertThat(day0)
        .containsEntry("sessions_scheduled", 1)
        .containsEntry("sessions_completed", 1)
        .containsEntry("first_sessions", 1)
        .containsEntry("first_sessions_successful", 1)
        .containsEntry("ratings_sum", 5)
        .containsEntry("logins", 1);
    assertThat(
            row(
                "SELECT * FROM tutor_days WHERE tutor_id = 'EVAL-A' AND day = :d",
                base.plusDays(5)))
        .containsEntry("sessions_scheduled", 2)
        .containsEntry("no_shows", 1);

    // Hand-computed, as of day 19: 7-day window days 13–19, 30-day window days -10–19.
    JsonNode metrics = snapshot("EVAL-A", base.plusDays(19)).get("metrics");
    assertThat(metrics.get("7d").get("sessions_scheduled").asDouble()).isEqualTo(7);
    assertThat(metrics.get("7d").get("rating_average").asDouble()).isEqualTo(5.0);
    assertThat(metrics.get("30d").get("sessions_scheduled").asDouble()).isEqualTo(21);
    assertThat(metrics.get("30d").get("no_show_rate").asDouble())
        .isCloseTo(100.0 / 21, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(metrics.get("30d").get("first_session_success_rate").asDouble()).isEqualTo(100);
    assertThat(metrics.get("30d").get("objectives_met_rate").asDouble()).isEqualTo(100);
    assertThat(metrics.get("30d").get("response_minutes_mean").asDouble()).isEqualTo(60);

    // Every day from the join to the last closed day closed exactly once, quiet days included.
    List<ConsumerRecord<String, byte[]>> closed =
        TopicProbe.awaitAll(Topics.TUTOR_DAYS, WAIT, r -> "EVAL-A".equals(r.key()), 36);
    assertThat(closed.stream().map(r -> dayOf(r)).distinct()).hasSize(closed.size());
    JsonNode quiet = closedDay(closed, base.plusDays(25));
    assertThat(quiet.get("sessionsScheduled").asInt()).isZero();
    assertThat(quiet.get("subjects").isEmpty()).isTrue();
    // Schema v2: the day's subjects and response times travel with the closed day.
    JsonNode first = closedDay(closed, base);
    assertThat(first.get("subjects").size()).isEqualTo(1);
    assertThat(first.get("subjects").get(0).stringValue()).isEqualTo("math");
    assertThat(first.get("firstSessionsPoorlyRated").asInt()).isZero();
    assertThat(first.get("firstSessionsNotRecommended").asInt()).isZero();
    assertThat(closedDay(closed, base.plusDays(3)).get("responseMinutes").get(0).asDouble())
        .isEqualTo(30.0);
  }

  @Test
  @Order(2)
  void aTutorSilentFor15DaysIsDetectedOnTheFifteenthDay() {
    ConsumerRecord<String, byte[]> churn;
    try {
      churn = TopicProbe.await(Topics.CHURN_DETECTED, WAIT, r -> "EVAL-A".equals(r.key()));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; state: " + state(), e);
    }
    JsonNode event = JSON.readTree(churn.value());
    assertThat(event.get("reason").stringValue()).isEqualTo("NO_SESSIONS_14_DAYS");
    // Last session on day 19; days 20..34 are the 15 silent days.
    assertThat(event.get("detectedAt").stringValue()).startsWith(base.plusDays(34).toString());
    assertThat(event.get("lastSessionAt").stringValue()).startsWith(base.plusDays(19).toString());
  }

  @Test
  @Order(3)
  void replayingTheSameEventsChangesNothing() {
    String before = tutorDays("EVAL-A");
    tutorA.publish(publisher);
    // A fresh event published after the replay: once it is counted, the replay was seen.
    TutorHistory marker = new TutorHistory("EVAL-MARKER", base).login(base.plusDays(36), 7);
    marker.publish(publisher);
    await().atMost(WAIT).until(() -> !tutorDays("EVAL-MARKER").isEmpty());
    await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
    assertThat(tutorDays("EVAL-A")).isEqualTo(before);
    assertThat(
            db.sql("SELECT count(*) AS n FROM rated_sessions WHERE tutor_id = 'EVAL-A'")
                .map(r -> r.get("n", Long.class))
                .one()
                .block())
        .isEqualTo(20);
  }

  @Test
  @Order(4)
  void performanceIsPublishedAndATutorReadsOnlyTheirOwn() {
    ConsumerRecord<String, byte[]> evaluated =
        TopicProbe.await(Topics.PERFORMANCE, WAIT, r -> "EVAL-A".equals(r.key()));
    var event = JSON.readTree(evaluated.value());
    assertThat(event.get("tier").stringValue()).isNotBlank();
    // The day of the evaluation so far rides along (churn's live re-score).
    assertThat(event.get("openDay").get("tutorId").stringValue()).isEqualTo("EVAL-A");
    assertThat(event.get("openDay").get("day").stringValue())
        .isEqualTo(event.get("asOf").stringValue().substring(0, 10));
    await()
        .atMost(WAIT)
        .until(
            () ->
                get(TestTokens.forRoles("OPS_MANAGER"), "/api/evaluation/tutors/EVAL-A/metrics")
                    == 200);

    String own = TestTokens.token("tutor-a", Duration.ofMinutes(5), "EVAL-A", "TUTOR");
    String other = TestTokens.token("tutor-b", Duration.ofMinutes(5), "EVAL-CLOCK-1", "TUTOR");
    assertThat(get(own, "/api/evaluation/tutors/EVAL-A/metrics")).isEqualTo(200);
    // Staff see that the tutor was detected as churned; the tutor does not.
    web.get()
        .uri("/api/evaluation/tutors/EVAL-A/metrics")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("PEOPLE_OPS")))
        .exchange()
        .expectBody()
        .jsonPath("$.churnReason")
        .isEqualTo("NO_SESSIONS_14_DAYS");
    web.get()
        .uri("/api/evaluation/tutors/EVAL-A/metrics")
        .headers(h -> h.setBearerAuth(own))
        .exchange()
        .expectBody()
        .jsonPath("$.churnReason")
        .doesNotExist();
    assertThat(get(own, "/api/evaluation/tutors/EVAL-A/history")).isEqualTo(200);
    assertThat(get(own, "/api/evaluation/tutors/EVAL-A/trends?days=30")).isEqualTo(200);
    assertThat(get(other, "/api/evaluation/tutors/EVAL-A/metrics")).isEqualTo(404);
    assertThat(get(other, "/api/evaluation/tutors/EVAL-A/history")).isEqualTo(404);
    assertThat(get(own, "/api/evaluation/tiers")).isEqualTo(403);
    assertThat(get(TestTokens.forRoles("PEOPLE_OPS"), "/api/evaluation/tiers")).isEqualTo(200);
    assertThat(get(TestTokens.forRoles("STUDENT"), "/api/evaluation/tutors/EVAL-A/metrics"))
        .isEqualTo(403);

    web.get()
        .uri("/api/evaluation/tutors/EVAL-A/trends?days=30")
        .headers(h -> h.setBearerAuth(own))
        .exchange()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(30);
    assertThat(meters.find("tutormax.evaluation.insight.latency").timers()).isNotEmpty();
  }

  /**
   * A real population changes hundreds of tutors at once; the evaluator locks a batch of them and
   * evaluates each on the same connection, so it must have read the locked rows first (a half-read
   * result would wait for it forever, and hold the intake's row locks meanwhile).
   */
  @Test
  @Order(5)
  void hundredsOfChangedTutorsAreEvaluatedWithinSeconds() {
    db.sql(
            "INSERT INTO tutors (tutor_id, joined_on, active_since, changed_at, changed_event_time)"
                + " SELECT 'EVAL-BULK-' || n, :day, :day, now(), now() - interval '2 days'"
                + " FROM generate_series(1, 300) AS n")
        .bind("day", base)
        .then()
        .block();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                db.sql(
                            "SELECT count(*) AS n FROM tutors WHERE tutor_id LIKE 'EVAL-BULK-%'"
                                + " AND evaluated_at IS NOT NULL AND changed_at IS NULL")
                        .map(r -> r.get("n", Long.class))
                        .one()
                        .block()
                    == 300);
  }

  /**
   * The scheduler's daily rollup: the days event time left open (the inputs went quiet after base +
   * 37) close up to yesterday, thresholds rolled up for each, and the run is reported with what it
   * closed.
   */
  @Test
  @Order(6)
  void theDailyRollupJobClosesTheEndedDaysAndReportsThem() {
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    LocalDate before = closedThrough();
    assertThat(before).isBefore(yesterday);
    String runId = "evaluation-daily-rollup@" + java.util.UUID.randomUUID();
    java.time.Instant now = java.time.Instant.now();
    publisher
        .publish(
            new JobRequested(
                runId, "evaluation-daily-rollup", "evaluation-service", Map.of(), now, now))
        .block(WAIT);

    JsonNode report =
        JSON.readTree(
            TopicProbe.await(Topics.JOB_RESULTS, WAIT, r -> runId.equals(r.key())).value());
    assertThat(report.get("outcome").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(closedThrough()).isEqualTo(yesterday);
    // Each day after the last one closed before is closed once, with its thresholds rolled up.
    long expectedDays = before.until(yesterday).getDays();
    JsonNode counts = report.get("counts");
    assertThat(counts.get("daysClosed").asLong() + counts.get("daysAlreadyClosed").asLong())
        .isEqualTo(expectedDays);
    Long tutorDays =
        db.sql("SELECT CAST(sum(tutors) AS bigint) AS n FROM closed_days WHERE day > :d")
            .bind("d", before)
            .map(r -> r.get("n", Long.class))
            .one()
            .block();
    assertThat(counts.get("daysClosed").asLong()).isPositive();
    assertThat(counts.get("tutorDaysClosed").asLong()).isPositive().isLessThanOrEqualTo(tutorDays);
    assertThat(
            db.sql("SELECT count(*) AS n FROM population_thresholds WHERE day > :d")
                .bind("d", before)
                .map(r -> r.get("n", Long.class))
                .one()
                .block())
        .isEqualTo(expectedDays);
  }

  private int get(String token, String uri) {
    return web.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectBody()
        .returnResult()
        .getStatus()
        .value();
  }

  private LocalDate closedThrough() {
    return db.sql("SELECT max(day) AS d FROM closed_days")
        .map(r -> r.get("d", LocalDate.class))
        .one()
        .block();
  }

  private Map<String, Object> row(String sql, LocalDate day) {
    return db.sql(sql).bind("d", day).fetch().one().block();
  }

  private JsonNode snapshot(String tutor, LocalDate day) {
    String metrics =
        db.sql(
                "SELECT CAST(metrics AS text) AS m FROM tutor_history WHERE tutor_id = :t AND day = :d")
            .bind("t", tutor)
            .bind("d", day)
            .map(r -> r.get("m", String.class))
            .one()
            .block();
    return JSON.createObjectNode().set("metrics", JSON.readTree(metrics));
  }

  private String tutorDays(String tutor) {
    return String.valueOf(
        db.sql(
                "SELECT CAST(to_jsonb(d) AS text) AS j FROM tutor_days d WHERE tutor_id = :t ORDER BY day")
            .bind("t", tutor)
            .map(r -> r.get("j", String.class))
            .all()
            .collectList()
            .block());
  }

  private String state() {
    return db.sql(
            "SELECT CAST(json_build_object('clocks', (SELECT json_agg(c) FROM event_clock c),"
                + " 'closed', (SELECT max(day) FROM closed_days),"
                + " 'tutor', (SELECT row_to_json(t) FROM tutors t WHERE tutor_id = 'EVAL-A'))"
                + " AS text) AS s")
        .map(r -> r.get("s", String.class))
        .one()
        .block();
  }

  private static String dayOf(ConsumerRecord<String, byte[]> record) {
    return JSON.readTree(record.value()).get("day").stringValue();
  }

  private static JsonNode closedDay(List<ConsumerRecord<String, byte[]>> closed, LocalDate day) {
    return closed.stream()
        .map(r -> JSON.readTree(r.value()))
        .filter(n -> day.toString().equals(n.get("day").stringValue()))
        .findFirst()
        .orElseThrow();
  }
}
