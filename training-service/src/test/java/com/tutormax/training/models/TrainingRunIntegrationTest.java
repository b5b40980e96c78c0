package com.tutormax.training.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.ModelPromoted;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.models.ModelArtifact;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import com.tutormax.training.TrainingApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A training run on a hand-built history through Kafka: tutors who go silent before their churn is
 * detected, and steady ones. The run trains a model per window from training's own history,
 * promotes the 30-day one (announced with its artifact, which fleet services can fetch), and a
 * second run on the same data keeps the serving model (it does not beat it on the same rows).
 */
@ServiceIntegrationTest
class TrainingRunIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate joined = today.minusDays(80);

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  @Test
  void aRunTrainsFromTheHistoryAndPromotesOnlyABetterModel() {
    publishHistory();
    JsonNode first = training().runToCompletion();
    assertThat(first.path("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.path("progress").asString()).isEqualTo("done");
    JsonNode summary = JSON.readTree(first.path("summary").asString());
    assertThat(summary.path("30d").path("outcome").asString())
        .as(summary.toString())
        .isEqualTo("PROMOTED");
    String modelId = summary.path("30d").path("modelId").asString();

    JsonNode model = get("/api/training/models/" + modelId, TestTokens.forRoles("OPS_MANAGER"));
    assertThat(model.path("status").asString()).isEqualTo("CHAMPION");
    assertThat(model.path("promotedBy").asString())
        .isEqualTo("run:" + first.path("runId").asString());
    assertThat(model.path("dataFrom").asString()).isNotBlank();
    assertThat(model.path("dataThrough").asString()).isNotBlank();
    assertThat(model.path("testAuc").asDouble()).isGreaterThan(0.7);
    assertThat(model.path("metrics").path("brier").asDouble()).isBetween(0.0, 0.25);
    assertThat(model.path("importance").size()).isEqualTo(ChurnFeatures.names().size());
    // The rule score measured on the same test rows, as the baseline.
    assertThat(model.path("ruleScoreBaseline").path("test").path("rows").asInt())
        .isEqualTo(model.path("metrics").path("test").path("rows").asInt());
    assertThat(model.path("ruleScoreBaseline").has("auc")).isTrue();
    assertThat(summary.path("30d").has("ruleScoreTestAuc")).isTrue();

    // The quality report judges the champion; its test predictions are kept for measuring.
    JsonNode quality = get("/api/training/quality", TestTokens.forRoles("OPS_MANAGER"));
    JsonNode thirty = null;
    for (JsonNode w : quality.path("windows")) {
      thirty = w.path("windowDays").asInt() == 30 ? w : thirty;
    }
    assertThat(thirty).as(quality.toString()).isNotNull();
    assertThat(thirty.path("modelId").asString()).isEqualTo(modelId);
    assertThat(thirty.path("checks").size()).isEqualTo(5);
    JsonNode predictions =
        get("/api/training/models/" + modelId + "/test-predictions", TestTokens.forRoles("ADMIN"));
    assertThat(predictions.size())
        .isEqualTo(model.path("metrics").path("test").path("rows").asInt());
    assertThat(predictions.get(0).path("probability").asDouble()).isBetween(0.0, 1.0);

    ModelPromoted promoted =
        EventJson.read(
            TopicProbe.await(
                    Topics.MODELS,
                    WAIT,
                    r -> modelId.equals(EventJson.read(r.value(), ModelPromoted.class).modelId()))
                .value(),
            ModelPromoted.class);
    assertThat(promoted.windowDays()).isEqualTo(30);
    assertThat(promoted.artifactUrl()).endsWith("/api/training/models/" + modelId + "/artifact");

    byte[] artifactJson =
        web.get()
            .uri("/api/training/models/" + modelId + "/artifact")
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("SERVICE")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    ModelArtifact artifact = EventJson.mapper().readValue(artifactJson, ModelArtifact.class);
    assertThat(artifact.featureNames()).isEqualTo(ChurnFeatures.names());
    assertThat(artifact.version()).isEqualTo(promoted.version());
    assertThat(catchLoad(artifact)).isNull();

    // Same data, same seed: the new model ties the serving one and does not replace it.
    JsonNode second = training().runToCompletion();
    JsonNode again = JSON.readTree(second.path("summary").asString()).path("30d");
    assertThat(again.path("outcome").asString()).as(again.toString()).isEqualTo("NOT_PROMOTED");
    assertThat(
            get("/api/training/models/" + modelId, TestTokens.forRoles("ADMIN"))
                .path("status")
                .asString())
        .isEqualTo("CHAMPION");

    // An admin promotes the second run's candidate, then rolls back to the first model.
    String candidate = again.path("modelId").asString();
    String admin = TestTokens.forRoles("ADMIN");
    promote(candidate, admin);
    assertThat(get("/api/training/models/" + candidate, admin).path("status").asString())
        .isEqualTo("CHAMPION");
    assertThat(get("/api/training/models/" + modelId, admin).path("status").asString())
        .isEqualTo("RETIRED");
    promote(modelId, admin);
    assertThat(get("/api/training/models/" + modelId, admin).path("status").asString())
        .isEqualTo("CHAMPION");
    assertThat(get("/api/training/models/" + candidate, admin).path("status").asString())
        .isEqualTo("RETIRED");
    TopicProbe.awaitAll(
        Topics.MODELS,
        WAIT,
        r -> modelId.equals(EventJson.read(r.value(), ModelPromoted.class).modelId()),
        2);
    web.post()
        .uri("/api/training/models/no-such-model/promote")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void promote(String modelId, String admin) {
    web.post()
        .uri("/api/training/models/" + modelId + "/promote")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /**
   * 60 tutors; every third goes silent and is detected on the 15th silent day, as evaluation does.
   */
  private void publishHistory() {
    List<TutorMaxEvent> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String tutor = "TRAIN-" + i;
      events.add(
          new TutorRegistered(
              tutor,
              "Tutor " + i,
              "train" + i + "@example.org",
              List.of("algebra"),
              "STEM",
              5,
              joined.atStartOfDay(ZoneOffset.UTC).toInstant(),
              DataSource.SYNTHETIC));
      boolean churns = i % 3 == 0;
      LocalDate churnDay = joined.plusDays(30 + i % 40);
      for (LocalDate d = joined; d.isBefore(today); d = d.plusDays(1)) {
        boolean silent = churns && !d.isBefore(churnDay.minusDays(14));
        // By days since joining, not the calendar: the same history whatever day the test runs.
        int n = (int) ChronoUnit.DAYS.between(joined, d);
        events.add(day(tutor, d, silent ? 0 : 1 + (i + n) % 2));
      }
      if (churns) {
        events.add(
            new ChurnDetected(
                tutor,
                ChurnDetected.Reason.NO_SESSIONS_14_DAYS,
                churnDay.atTime(1, 0).toInstant(ZoneOffset.UTC),
                churnDay.minusDays(15).atTime(15, 0).toInstant(ZoneOffset.UTC)));
      }
    }
    List<java.util.concurrent.CompletableFuture<?>> sends = new ArrayList<>();
    events.forEach(e -> sends.add(publisher.send(e, java.util.UUID.randomUUID())));
    java.util.concurrent.CompletableFuture.allOf(
            sends.toArray(java.util.concurrent.CompletableFuture[]::new))
        .join();
    long days = events.stream().filter(TutorDayClosed.class::isInstance).count();
    await()
        .atMost(WAIT)
        .until(
            () ->
                count("SELECT count(*) FROM closed_days WHERE tutor_id LIKE 'TRAIN-%'") == days
                    && count("SELECT count(*) FROM churns WHERE tutor_id LIKE 'TRAIN-%'") == 20
                    && count("SELECT count(*) FROM tutors WHERE tutor_id LIKE 'TRAIN-%'") == 60);
  }

  private static TutorDayClosed day(String tutor, LocalDate d, int held) {
    return new TutorDayClosed(
        tutor,
        d,
        held,
        held,
        0,
        0,
        0,
        0,
        0,
        0,
        held,
        held * 5,
        held * 0.8,
        held,
        0,
        held,
        0,
        0.0,
        0,
        0.0,
        0,
        d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        List.of(),
        held > 0 ? List.of("algebra") : List.of(),
        0,
        0,
        0);
  }

  private static Exception catchLoad(ModelArtifact artifact) {
    try {
      XGBoost.loadModel(artifact.boosterBytes()).dispose();
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get(0, Long.class)).one().block(WAIT);
  }

  private TrainingApi training() {
    return new TrainingApi(web, WAIT);
  }

  private JsonNode get(String uri, String token) {
    return training().get(uri, token);
  }
}
