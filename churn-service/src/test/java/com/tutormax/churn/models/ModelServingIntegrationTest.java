package com.tutormax.churn.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import com.tutormax.churn.models.service.ModelRegistry;
import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.churn.scoring.TestTutors;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.ModelPromoted;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.AfterAll;
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
 * A real XGBoost model, trained here and served over HTTP as training-service will serve it: once
 * promoted, churn fetches it, predicts with it (the same probability as the booster here, after
 * calibration), makes it the headline with SHAP reasons; when the artifact server is down, the last
 * good model keeps serving.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelServingIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TUTOR = "MODEL-A";
  private static final Calibration CALIBRATION = Calibration.platt(-1.5, 0.2);

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();
  private final Booster booster = TestModels.train(7);
  private final HttpServer server = start();

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;
  @Autowired ModelRegistry registry;

  private HttpServer start() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      s.createContext(
          "/models/",
          exchange -> {
            byte[] body = artifacts.get(exchange.getRequestURI().getPath());
            if (body == null) {
              exchange.sendResponseHeaders(404, -1);
            } else {
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
            exchange.close();
          });
      s.start();
      return s;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The other tests of this context score without models: withdraw them. */
  @AfterAll
  void withdrawTheModels() {
    server.stop(0);
    db.sql("DELETE FROM models").then().block(WAIT);
    await().atMost(WAIT).until(() -> registry.models().isEmpty());
  }

  private String url(String version) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/models/" + version;
  }

  private void publish(List<? extends TutorMaxEvent> events) {
    for (TutorMaxEvent e : events) {
      publisher.publish(e).block(WAIT);
    }
  }

  private JsonNode get(String uri) {
    return JSON.readTree(
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody());
  }

  @Test
  @Order(1)
  void aPromotedModelIsFetchedAndGivesTheSameProbabilityAsInTraining() throws Exception {
    LocalDate joined = today.minusDays(50);
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = joined; d.isBefore(today.minusDays(6)); d = d.plusDays(1)) {
      days.add(ClosedDays.of(TUTOR, d).held(1, 5).build());
    }
    days.add(ClosedDays.of(TUTOR, today.minusDays(3)).noShow().build());
    publish(List.of(TestTutors.registered(TUTOR, joined)));
    publish(days);
    await().atMost(WAIT).until(() -> get("/api/churn/tutors/" + TUTOR).has("ruleScore"));
    assertThat(get("/api/churn/tutors/" + TUTOR).path("windowProbabilities").size()).isZero();

    artifacts.put(
        "/models/v1",
        EventJson.mapper()
            .writeValueAsBytes(
                ModelArtifact.of(
                    "churn-30d-v1",
                    30,
                    "v1",
                    ChurnFeatures.names(),
                    booster.toByteArray(),
                    CALIBRATION)));
    publish(
        List.of(
            new ModelPromoted(
                "churn-30d-v1", 30, "v1", url("v1"), Map.of("auc", 0.9), Instant.now())));

    await()
        .atMost(WAIT)
        .until(() -> get("/api/churn/tutors/" + TUTOR).path("windowProbabilities").has("30d"));
    JsonNode prediction = get("/api/churn/tutors/" + TUTOR);
    double expected =
        CALIBRATION.apply(
            booster.predict(row(get("/api/churn/tutors/" + TUTOR + "/features")))[0][0]);
    assertThat(prediction.path("windowProbabilities").path("30d").asDouble())
        .isCloseTo(expected, within(1e-6));
    assertThat(prediction.path("headlineScore").asDouble())
        .isCloseTo(Math.round(expected * 10_000) / 100.0, within(1e-9));
    assertThat(prediction.path("ruleScore").asDouble()).isNotNegative();
    assertThat(prediction.path("modelVersions").path("30d").asString()).isEqualTo("v1");
    assertThat(prediction.path("topFactors").size()).isBetween(1, 3);
    prediction
        .path("topFactors")
        .forEach(
            f -> {
              assertThat(ChurnFeatures.names()).contains(f.path("feature").asString());
              assertThat(f.path("description").asString()).contains("raises risk");
              assertThat(f.path("contribution").asDouble()).isPositive();
            });
  }

  @Test
  @Order(2)
  void withTrainingServiceDownTheLastGoodModelKeepsServing() {
    server.stop(0);
    publish(
        List.of(
            new ModelPromoted(
                "churn-30d-v2", 30, "v2", url("v2"), Map.of("auc", 0.91), Instant.now())));
    await()
        .atMost(WAIT)
        .until(
            () ->
                db.sql(
                            "SELECT count(*) FROM models WHERE window_days = 30"
                                + " AND fetch_error IS NOT NULL")
                        .map(r -> r.get(0, Long.class))
                        .one()
                        .block()
                    == 1);

    String scoredAt = get("/api/churn/tutors/" + TUTOR).path("scoredAt").asString();
    web.post()
        .uri("/api/churn/rescore")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isAccepted();
    await()
        .atMost(WAIT)
        .until(
            () -> !get("/api/churn/tutors/" + TUTOR).path("scoredAt").asString().equals(scoredAt));
    assertThat(get("/api/churn/tutors/" + TUTOR).path("modelVersions").path("30d").asString())
        .isEqualTo("v1");
  }

  private static DMatrix row(JsonNode features) throws Exception {
    List<String> names = ChurnFeatures.names();
    float[] values = new float[names.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = features.path(names.get(i));
      values[i] = v.isNull() || v.isMissingNode() ? Float.NaN : (float) v.asDouble();
    }
    return new DMatrix(values, 1, values.length, Float.NaN);
  }
}
