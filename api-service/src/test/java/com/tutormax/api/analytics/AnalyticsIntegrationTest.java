package com.tutormax.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Effectiveness and the exports on interventions stored in core.interventions (in days of 2020 no
 * other test uses): spot values of the report, the CSV lines, and a bad range.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RANGE = "from=2020-03-01&to=2020-03-03";

  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  private final String manager = TestTokens.forRoles("OPS_MANAGER");
  private final String prefix = "AN-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void seed() {
    // A critical task assigned after 10 h and completed, improved; a high one untouched; an
    // automated critical one executed after 30 h.
    insert(
        "a",
        "H1",
        false,
        "CRITICAL",
        "COMPLETED",
        "IMPROVED",
        "2020-03-01T00:00:00Z",
        "2020-03-01T10:00:00Z",
        "2020-03-01T12:00:00Z",
        "2020-03-02T00:00:00Z",
        null);
    insert("b", "H1", false, "HIGH", "OPEN", null, "2020-03-01T06:00:00Z", null, null, null, null);
    insert(
        "c",
        "A1",
        true,
        "CRITICAL",
        "AUTOMATED",
        null,
        "2020-03-02T00:00:00Z",
        null,
        null,
        null,
        "2020-03-03T06:00:00Z");
  }

  @Test
  void theReportGivesEachFigureByTypeByRiskAndOverall() {
    JsonNode report = JSON.readTree(ok("/api/analytics/interventions/effectiveness?" + RANGE));

    JsonNode all = report.path("overall");
    assertThat(all.path("recommended").asInt()).isEqualTo(3);
    assertThat(all.path("actedOn").asInt()).isEqualTo(2);
    assertThat(all.path("completionRate").asDouble()).isEqualTo(0.5);
    assertThat(all.path("acceptanceRate").asDouble()).isEqualTo(1.0);
    assertThat(all.path("impactRate").asDouble()).isEqualTo(1.0);
    assertThat(all.path("medianHoursToAction").asDouble()).isEqualTo(10.0);
    assertThat(all.path("p90HoursToAction").asDouble()).isEqualTo(30.0);
    assertThat(all.path("criticalWithin24hRate").asDouble()).isEqualTo(0.5);
    assertThat(report.path("byType").get(0).path("group").asString()).isEqualTo("A1");
    assertThat(report.path("byType").get(1).path("recommended").asInt()).isEqualTo(2);
    assertThat(report.path("byRiskLevel").get(0).path("group").asString()).isEqualTo("CRITICAL");
  }

  @Test
  void theInterventionsExportHasAHeaderAndALinePerIntervention() {
    List<String> lines = ok("/api/analytics/export/interventions.csv?" + RANGE).lines().toList();

    assertThat(lines.get(0)).startsWith("intervention_id,tutor_id,type,automated,risk_level");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1))
        .isEqualTo(
            prefix
                + "-a,T-"
                + prefix
                + ",H1,false,CRITICAL,,COMPLETED,2020-03-01T00:00:00Z,,2020-03-01T10:00:00Z,"
                + "2020-03-01T12:00:00Z,2020-03-02T00:00:00Z,,IMPROVED,10.0");
    assertThat(lines.get(3)).endsWith(",2020-03-03T06:00:00Z,,30.0");
  }

  @Test
  void theTutorsExportHasALinePerTutor() {
    long before = tutors();
    List<String> lines = ok("/api/analytics/export/tutors.csv").lines().toList();
    long after = tutors();

    assertThat(lines.get(0))
        .startsWith("tutor_id,name,status,joined_at,tier,previous_tier,performance_score")
        .endsWith(",flags");
    // Other tests' tutors may still be arriving: the export holds every tutor stored by then.
    assertThat(lines.size() - 1L).isBetween(before, after);
  }

  private long tutors() {
    return db.sql("SELECT count(*) FROM tutors").map(r -> r.get(0, Long.class)).one().block();
  }

  @Test
  void aBadRangeIsAProblem() {
    EntityExchangeResult<byte[]> result =
        web.get()
            .uri("/api/analytics/interventions/effectiveness?from=2020-03-05&to=2020-03-01")
            .headers(h -> h.setBearerAuth(manager))
            .exchange()
            .expectBody()
            .returnResult();

    assertThat(result.getStatus().value()).isEqualTo(400);
    assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8))
        .contains("from must not be after to");
  }

  private String ok(String uri) {
    EntityExchangeResult<byte[]> result =
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(manager))
            .exchange()
            .expectBody()
            .returnResult();
    String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(body).isEqualTo(200);
    return body;
  }

  private void insert(
      String id,
      String type,
      boolean automated,
      String risk,
      String status,
      String outcome,
      String recommendedAt,
      String assignedAt,
      String startedAt,
      String completedAt,
      String executedAt) {
    db.sql(
            "INSERT INTO interventions (intervention_id, tutor_id, intervention_type, automated,"
                + " risk_level, status, outcome, recommended_at, assigned_at, started_at,"
                + " completed_at, executed_at) VALUES (:id, :tutor, :type, :automated, :risk,"
                + " :status, :outcome, :recommended, :assigned, :started, :completed, :executed)")
        .bind("id", prefix + "-" + id)
        .bind("tutor", "T-" + prefix)
        .bind("type", type)
        .bind("automated", automated)
        .bind("risk", risk)
        .bind("status", status)
        .bind(
            "outcome", org.springframework.r2dbc.core.Parameter.fromOrEmpty(outcome, String.class))
        .bind("recommended", Instant.parse(recommendedAt))
        .bind("assigned", instant(assignedAt))
        .bind("started", instant(startedAt))
        .bind("completed", instant(completedAt))
        .bind("executed", instant(executedAt))
        .then()
        .block();
  }

  private static org.springframework.r2dbc.core.Parameter instant(String at) {
    return org.springframework.r2dbc.core.Parameter.fromOrEmpty(
        at == null ? null : Instant.parse(at), Instant.class);
  }
}
