package com.tutormax.training;

import static org.awaitility.Awaitility.await;

import com.tutormax.common.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** training-service's API as integration tests call it. */
public final class TrainingApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebTestClient web;
  private final Duration wait;

  public TrainingApi(WebTestClient web, Duration wait) {
    this.web = web;
    this.wait = wait;
  }

  /** GETs {@code uri} with {@code token}; anything but 200 fails. */
  public JsonNode get(String uri, String token) {
    return JSON.readTree(
        new String(
            web.get()
                .uri(uri)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8));
  }

  /** Starts a run as an admin (waiting while another one runs) and waits for it to end. */
  public JsonNode runToCompletion() {
    String admin = TestTokens.forRoles("ADMIN");
    String[] runId = new String[1];
    await()
        .atMost(wait)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              var result =
                  web.post()
                      .uri("/api/training/runs")
                      .headers(h -> h.setBearerAuth(admin))
                      .exchange()
                      .expectBody()
                      .returnResult();
              if (result.getStatus().value() != 202) {
                return false;
              }
              runId[0] = JSON.readTree(result.getResponseBody()).path("runId").asString();
              return true;
            });
    String run = "/api/training/runs/" + runId[0];
    await()
        .atMost(wait)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> !"RUNNING".equals(get(run, admin).path("status").asString()));
    return get(run, admin);
  }
}
