package com.tutormax.churn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.rules.RuleScore;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-built tutors through Kafka: closed days give the daily prediction (equal to the rule score
 * computed here from the same days), an open day so far gives a provisional one within moments, a
 * replay changes nothing, the at-risk list and overrides work as a manager expects.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChurnScoringIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String A = "CHURN-A";
  private static final String B = "CHURN-B";

  private final LocalDate joined = LocalDate.now(ZoneOffset.UTC).minusDays(60);
  private final List<TutorDayClosed> daysOfA = ClosedDays.steady(A, joined, 40);
  private final List<TutorDayClosed> daysOfB = ClosedDays.steady(B, joined, 40);
  private final Map<TutorMaxEvent, UUID> ids = new java.util.HashMap<>();

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  private String staff() {
    return TestTokens.forRoles("OPS_MANAGER");
  }

  private void publish(List<? extends TutorMaxEvent> events) {
    for (TutorMaxEvent e : events) {
      publisher.publish(e, ids.computeIfAbsent(e, k -> UUID.randomUUID())).block(WAIT);
    }
  }

  private TutorRegistered registered(String tutorId) {
    return TestTutors.registered(tutorId, joined);
  }

  private JsonNode prediction(String tutorId) {
    byte[] body =
        web.get()
            .uri("/api/churn/tutors/" + tutorId)
            .headers(h -> h.setBearerAuth(staff()))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return body == null ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get(0, Long.class)).one().block();
  }

  @Test
  @Order(1)
  void closedDaysGiveTheDailyPredictionOfTheSharedFeatureFunction() {
    publish(List.of(registered(A), registered(B)));
    publish(daysOfA);
    publish(daysOfB);
    LocalDate asOf = joined.plusDays(40);

    await()
        .atMost(WAIT)
        .until(() -> asOf.toString().equals(prediction(A).path("asOfDay").asString()));
    JsonNode a = prediction(A);
    TutorProfile profile = new TutorProfile(A, joined, 5);
    RuleScore expected = RuleScore.of(ChurnFeatures.of(profile, daysOfA, asOf));
    assertThat(a.path("provisional").asBoolean()).isFalse();
    assertThat(a.path("ruleScore").asDouble()).isEqualTo(expected.score());
    assertThat(a.path("headlineScore").asDouble()).isEqualTo(expected.score());
    assertThat(a.path("riskLevel").asString()).isEqualTo(expected.riskLevel().name());
    assertThat(a.path("components").size()).isEqualTo(7);

    // Its event, among the predictions made while the days arrived (history as of earlier days).
    Instant midnight = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    ChurnPredicted event =
        EventJson.read(
            TopicProbe.await(
                    Topics.CHURN_PREDICTIONS,
                    WAIT,
                    r ->
                        A.equals(r.key())
                            && EventJson.read(r.value(), ChurnPredicted.class)
                                .asOf()
                                .equals(midnight))
                .value(),
            ChurnPredicted.class);
    assertThat(event.ruleScore()).isEqualTo(expected.score());
    assertThat(event.topFactors()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  @Order(2)
  void aLiveNoShowMakesAProvisionalPredictionWithTheNoShowFlag() {
    double before = prediction(A).path("headlineScore").asDouble();
    LocalDate today = joined.plusDays(40);
    Instant seen = Instant.now();
    TutorDayClosed openDay = ClosedDays.of(A, today).noShow().seenAt(seen).build();
    long sent = System.nanoTime();
    publish(List.of(evaluated(A, seen, openDay)));

    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> prediction(A).path("provisional").asBoolean());
    System.out.printf(
        "live no-show to provisional churn score: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
    JsonNode a = prediction(A);
    assertThat(a.path("asOfDay").asString()).isEqualTo(today.plusDays(1).toString());
    assertThat(a.path("flags").toString()).contains("no_show_risk");
    assertThat(a.path("headlineScore").asDouble()).isGreaterThanOrEqualTo(before + 25);
    assertThat(a.path("topFactors").get(0).path("feature").asString())
        .isEqualTo("flag:no_show_risk");
    assertThat(a.path("topFactors").get(0).path("description").asString()).isNotBlank();
  }

  @Test
  @Order(3)
  void replayingEventsChangesNothingAndTheClosedDayReplacesTheOpenOne() {
    // Only A's rows: other test classes' tutors may still be scored in this shared context.
    String predictionsOfA = "SELECT count(*) FROM predictions WHERE tutor_id = '" + A + "'";
    String outboxOfA = "SELECT count(*) FROM outbox WHERE event_key = '" + A + "'";
    long predictions = count(predictionsOfA);
    long outbox = count(outboxOfA);
    publish(daysOfA);
    publish(List.of(registered(A)));
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> count(outboxOfA) == outbox);
    assertThat(count(predictionsOfA)).isEqualTo(predictions);

    LocalDate today = joined.plusDays(40);
    List<TutorDayClosed> closed = new ArrayList<>(daysOfA);
    TutorDayClosed day = ClosedDays.of(A, today).noShow().build();
    closed.add(day);
    publish(List.of(day));
    await().atMost(WAIT).until(() -> !prediction(A).path("provisional").asBoolean(true));
    JsonNode a = prediction(A);
    RuleScore expected =
        RuleScore.of(ChurnFeatures.of(new TutorProfile(A, joined, 5), closed, today.plusDays(1)));
    assertThat(a.path("asOfDay").asString()).isEqualTo(today.plusDays(1).toString());
    assertThat(a.path("ruleScore").asDouble()).isEqualTo(expected.score());

    // A late open day for an already closed day is ignored.
    publish(List.of(evaluated(A, Instant.now(), ClosedDays.of(A, today).build())));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> !prediction(A).path("provisional").asBoolean(true));
    web.get()
        .uri("/api/churn/tutors/" + A + "/history")
        .headers(h -> h.setBearerAuth(staff()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].asOfDay")
        .isEqualTo(today.plusDays(1).toString())
        .jsonPath("$[0].provisional")
        .isEqualTo(false);
    web.get()
        .uri("/api/churn/tutors/" + A + "/features")
        .headers(h -> h.setBearerAuth(staff()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.no_shows_14d")
        .isEqualTo(1.0);
  }

  @Test
  @Order(4)
  void theAtRiskListIsSortedByScoreAndFiltered() {
    await().atMost(WAIT).until(() -> prediction(B).has("headlineScore"));
    double a = prediction(A).path("headlineScore").asDouble();
    double b = prediction(B).path("headlineScore").asDouble();
    assertThat(a).isGreaterThan(b);
    JsonNode list = get("/api/churn/at-risk?limit=500");
    List<String> order = new ArrayList<>();
    list.path("items").forEach(i -> order.add(i.path("tutorId").asString()));
    assertThat(order).containsSubsequence(A, B);
    assertThat(list.path("items").get(0).path("topFactor").path("description").asString())
        .isNotBlank();

    String levelOfB = prediction(B).path("riskLevel").asString();
    JsonNode filtered = get("/api/churn/at-risk?level=" + levelOfB.toLowerCase());
    filtered
        .path("items")
        .forEach(i -> assertThat(i.path("riskLevel").asString()).isEqualTo(levelOfB));
    JsonNode high = get("/api/churn/at-risk?minScore=" + (b + 0.01));
    high.path("items")
        .forEach(i -> assertThat(i.path("headlineScore").asDouble()).isGreaterThan(b));

    web.get()
        .uri("/api/churn/at-risk?minScore=101&level=purple&limit=0")
        .headers(h -> h.setBearerAuth(staff()))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(3);
  }

  @Test
  @Order(5)
  void aManagerOverridesWithAReasonAndTheOverrideIsShownAndKept() {
    String predicted = prediction(B).path("riskLevel").asString();
    put(B, "{\"riskLevel\":\"CRITICAL\"}").isEqualTo(422);
    put(B, "{\"riskLevel\":\"SEVERE\",\"reason\":\"x\",\"expiresAt\":\"2000-01-01T00:00:00Z\"}")
        .isEqualTo(422);
    put("CHURN-NOBODY", "{\"riskLevel\":\"HIGH\",\"reason\":\"told a colleague they are leaving\"}")
        .isEqualTo(404);
    put(B, "{\"riskLevel\":\"CRITICAL\",\"reason\":\"told a colleague they are leaving\"}")
        .isEqualTo(200);

    JsonNode b = prediction(B);
    assertThat(b.path("riskLevel").asString()).isEqualTo(predicted);
    assertThat(b.path("effectiveRiskLevel").asString()).isEqualTo("CRITICAL");
    assertThat(b.path("override").path("reason").asString())
        .isEqualTo("told a colleague they are leaving");
    assertThat(b.path("override").path("createdBy").asString()).isNotBlank();
    assertThat(b.path("override").path("predictedLevel").asString()).isEqualTo(predicted);

    web.delete()
        .uri("/api/churn/tutors/" + B + "/override")
        .headers(h -> h.setBearerAuth(staff()))
        .exchange()
        .expectStatus()
        .isNoContent();
    web.delete()
        .uri("/api/churn/tutors/" + B + "/override")
        .headers(h -> h.setBearerAuth(staff()))
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(prediction(B).path("effectiveRiskLevel").asString()).isEqualTo(predicted);
    JsonNode history = get("/api/churn/tutors/" + B + "/overrides");
    assertThat(history.size()).isEqualTo(1);
    assertThat(history.get(0).path("revokedAt").isNull()).isFalse();
  }

  @Test
  @Order(6)
  void theDailyBatchReScoresEveryTutor() {
    Instant before = Instant.now();
    web.post()
        .uri("/api/churn/rescore")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.tutors")
        .value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(2));
    await()
        .atMost(WAIT)
        .until(
            () ->
                Instant.parse(prediction(A).path("scoredAt").asString()).isAfter(before)
                    && Instant.parse(prediction(B).path("scoredAt").asString()).isAfter(before));
  }

  private org.springframework.test.web.reactive.server.StatusAssertions put(
      String tutorId, String body) {
    return web.put()
        .uri("/api/churn/tutors/" + tutorId + "/override")
        .headers(h -> h.setBearerAuth(staff()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus();
  }

  private JsonNode get(String uri) {
    byte[] body =
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(staff()))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(new String(body, StandardCharsets.UTF_8));
  }

  private static PerformanceEvaluated evaluated(String tutorId, Instant asOf, TutorDayClosed day) {
    return new PerformanceEvaluated(
        tutorId,
        asOf,
        PerformanceTier.DEVELOPING,
        PerformanceTier.DEVELOPING,
        55.0,
        Map.of(),
        List.of(),
        day);
  }
}
