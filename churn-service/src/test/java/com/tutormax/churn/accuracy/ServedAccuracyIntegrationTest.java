package com.tutormax.churn.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.churn.scoring.TestTutors;
import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two hand-built tutors through Kafka, scored day by day into a history as of D0..D0+3 (D0 five
 * days ahead, so no other test's tutor has a prediction on those days and a manager's override made
 * now is in force on all of them); one resigns on D0+2 after a manager raised them to CRITICAL.
 * With a 2-day window the accuracy counts the override: the churned row is a true positive of the
 * served level whatever the model said; revoking it takes it out again.
 */
@ServiceIntegrationTest
class ServedAccuracyIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String STAY = "ACC-STAY";
  private static final String LEAVE = "ACC-LEAVE";

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate d0 = today.plusDays(5);
  private final LocalDate joined = today.minusDays(25);

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  private void publish(List<? extends TutorMaxEvent> events) {
    for (TutorMaxEvent e : events) {
      publisher.publish(e).block(WAIT);
    }
  }

  private JsonNode get(String uri, String role) {
    byte[] body =
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles(role)))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(new String(body, StandardCharsets.UTF_8));
  }

  private String asOfDay(String tutorId) {
    byte[] body =
        web.get()
            .uri("/api/churn/tutors/" + tutorId)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return body == null ? "" : JSON.readTree(body).path("asOfDay").asString();
  }

  private void closeThrough(LocalDate from, LocalDate last) {
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(ClosedDays.of(STAY, d).held(1, 5).build());
      days.add(ClosedDays.of(LEAVE, d).held(1, 5).build());
    }
    publish(days);
    String next = last.plusDays(1).toString();
    await().atMost(WAIT).until(() -> next.equals(asOfDay(STAY)) && next.equals(asOfDay(LEAVE)));
  }

  private Map<LocalDate, String> predictedLevels(String tutorId) {
    Map<LocalDate, String> levels = new HashMap<>();
    db.sql("SELECT as_of_day, risk_level FROM predictions WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(r -> Map.entry(r.get("as_of_day", LocalDate.class), r.get("risk_level", String.class)))
        .all()
        .doOnNext(e -> levels.put(e.getKey(), e.getValue()))
        .blockLast(WAIT);
    return levels;
  }

  private static JsonNode level(JsonNode report, String level) {
    for (JsonNode line : report.path("levels")) {
      if (level.equals(line.path("atLeast").asString())) {
        return line;
      }
    }
    throw new AssertionError("no line for " + level + " in " + report);
  }

  @Test
  void aManagersOverrideIsCountedInTheServedAccuracy() {
    publish(List.of(TestTutors.registered(STAY, joined), TestTutors.registered(LEAVE, joined)));
    // A history one day at a time: as of D0, D0+1, D0+2 and D0+3.
    closeThrough(joined, d0.minusDays(1));
    for (int i = 0; i < 3; i++) {
      closeThrough(d0.plusDays(i), d0.plusDays(i));
    }

    // A manager raises LEAVE to CRITICAL now (in force from today for 30 days), then LEAVE
    // resigns on D0+2.
    web.put()
        .uri("/api/churn/tutors/" + LEAVE + "/override")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"riskLevel\":\"CRITICAL\",\"reason\":\"said they are moving abroad\"}")
        .exchange()
        .expectStatus()
        .isOk();
    publish(
        List.of(
            new ChurnDetected(
                LEAVE,
                ChurnDetected.Reason.RESIGNED,
                d0.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC),
                d0.plusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC))));
    await()
        .atMost(WAIT)
        .until(
            () ->
                !get("/api/churn/tutors/" + LEAVE, "ADMIN").path("churnedAt").isNull()
                    && count(
                            "SELECT count(*) FROM tutors WHERE changed_at IS NOT NULL"
                                + " AND tutor_id IN ('ACC-STAY', 'ACC-LEAVE')")
                        == 0);

    // Window 2 days, days closed through D0+2: as of D0 and D0+1 are observed. LEAVE as of D0
    // (window D0..D0+1) did not churn in it; as of D0+1 (D0+1..D0+2) did. STAY never churns.
    String uri = "/api/churn/accuracy?windowDays=2&from=" + d0 + "&to=" + d0.plusDays(2);
    JsonNode report = get(uri, "OPS_MANAGER");
    Map<LocalDate, String> stay = predictedLevels(STAY);
    Map<LocalDate, String> leave = predictedLevels(LEAVE);
    boolean leaveCriticalAtD0 = "CRITICAL".equals(leave.get(d0));
    boolean leaveCriticalAtD1 = "CRITICAL".equals(leave.get(d0.plusDays(1)));
    long stayCritical =
        List.of(d0, d0.plusDays(1)).stream().filter(d -> "CRITICAL".equals(stay.get(d))).count();

    assertThat(report.path("windowDays").asInt()).isEqualTo(2);
    assertThat(report.path("lastKnownDay").asString()).isEqualTo(d0.plusDays(2).toString());
    assertThat(report.path("from").asString()).isEqualTo(d0.toString());
    assertThat(report.path("to").asString()).isEqualTo(d0.plusDays(1).toString());
    JsonNode counts = report.path("counts");
    assertThat(counts.path("rows").asLong()).isEqualTo(4);
    assertThat(counts.path("tutors").asLong()).isEqualTo(2);
    assertThat(counts.path("churnedRows").asLong()).isEqualTo(1);
    assertThat(counts.path("overriddenRows").asLong()).isEqualTo(2);
    assertThat(counts.path("overrides").asLong()).isEqualTo(1);
    long raised = (leaveCriticalAtD0 ? 0 : 1) + (leaveCriticalAtD1 ? 0 : 1);
    assertThat(counts.path("raisedRows").asLong()).isEqualTo(raised);
    assertThat(counts.path("raisedRowsRight").asLong()).isEqualTo(leaveCriticalAtD1 ? 0 : 1);
    assertThat(counts.path("unchangedRows").asLong()).isEqualTo(2 - raised);

    JsonNode critical = level(report, "CRITICAL");
    assertThat(critical.path("targetPrecision").asDouble()).isEqualTo(0.70);
    assertThat(critical.path("targetRecall").asDouble()).isEqualTo(0.90);
    // The model: LEAVE as of D0+1 caught only if it predicted CRITICAL itself.
    JsonNode predicted = critical.path("predicted");
    assertThat(predicted.path("truePositives").asLong()).isEqualTo(leaveCriticalAtD1 ? 1 : 0);
    assertThat(predicted.path("falseNegatives").asLong()).isEqualTo(leaveCriticalAtD1 ? 0 : 1);
    assertThat(predicted.path("falsePositives").asLong())
        .isEqualTo(stayCritical + (leaveCriticalAtD0 ? 1 : 0));
    // Served: the override makes LEAVE's churn a true positive, and as of D0 a false alarm.
    JsonNode effective = critical.path("effective");
    assertThat(effective.path("truePositives").asLong()).isEqualTo(1);
    assertThat(effective.path("falseNegatives").asLong()).isZero();
    assertThat(effective.path("falsePositives").asLong()).isEqualTo(stayCritical + 1);
    assertThat(effective.path("recall").asDouble()).isEqualTo(1.0);
    assertThat(effective.path("precision").asDouble()).isEqualTo(1.0 / (stayCritical + 2));

    // Revoked now, it was never in force on D0 or later: the served level is the predicted one.
    web.delete()
        .uri("/api/churn/tutors/" + LEAVE + "/override")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isNoContent();
    JsonNode revoked = get(uri, "ADMIN");
    assertThat(revoked.path("counts").path("overriddenRows").asLong()).isZero();
    assertThat(level(revoked, "CRITICAL").path("effective"))
        .isEqualTo(level(revoked, "CRITICAL").path("predicted"));
    assertThat(level(revoked, "CRITICAL").path("predicted")).isEqualTo(predicted);
  }

  @Test
  void theDefaultsMeasureEveryObservedDayAndBadParametersAreFieldErrors() {
    JsonNode report = get("/api/churn/accuracy", "ADMIN");
    assertThat(report.path("windowDays").asInt()).isEqualTo(30);
    assertThat(report.path("levels").size()).isEqualTo(3);

    web.get()
        .uri("/api/churn/accuracy?windowDays=0&from=2026-13-01&to=soon")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(3)
        .jsonPath("$.errors[0].field")
        .isEqualTo("windowDays");
    web.get()
        .uri("/api/churn/accuracy?from=2026-03-05&to=2026-03-01")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("to");
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get(0, Long.class)).one().block(WAIT);
  }
}
