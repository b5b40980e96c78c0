package com.tutormax.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * GENERATION_LIVE_TICKS=scheduled: live mode on does not tick by itself; each scheduler {@code
 * generation-live-tick} advances the world to now and publishes it; once an admin stops live mode,
 * a tick does nothing.
 */
@ServiceIntegrationTest
@TestPropertySource(
    properties = {
      "tutormax.db.schema=generation_scheduled",
      "tutormax.generation.seed=778",
      "tutormax.generation.initial-tutors=10",
      "tutormax.generation.target-active-tutors=10",
      "tutormax.generation.sessions-per-day=100",
      "tutormax.generation.backfill-days=2",
      "tutormax.generation.live-ticks=scheduled"
    })
class ScheduledLiveTicksIntegrationTest {

  static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired WebTestClient web;
  @Autowired List<ScheduledJob> jobs;

  private final String admin = TestTokens.forRoles("ADMIN");

  @Test
  void liveModeAdvancesOnlyAtTheSchedulersTicks() {
    post("/api/generation/backfill");
    await().atMost(WAIT).until(() -> "IDLE".equals(status().path("mode").asString()));
    await().atMost(WAIT).until(() -> status().path("run").path("finishedAt").isString());
    post("/api/generation/live/start");
    await().atMost(WAIT).until(() -> status().path("live").asBoolean());
    JsonNode started = status();
    assertThat(started.path("mode").asString()).isEqualTo("LIVE");
    // No tick of its own: a moment later the world is where the backfill left it.
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
    assertThat(status().path("publishedTotal").asLong())
        .isEqualTo(started.path("publishedTotal").asLong());

    Instant requested = Instant.now();
    Map<String, Long> counts = tick();
    JsonNode after = status();
    assertThat(counts).containsEntry("skipped", 0L);
    assertThat(counts.get("eventsPublished"))
        .isPositive()
        .isEqualTo(after.path("publishedTotal").asLong() - started.path("publishedTotal").asLong());
    assertThat(Instant.parse(after.path("simulatedUntil").asString())).isAfterOrEqualTo(requested);

    post("/api/generation/live/stop");
    await().atMost(WAIT).until(() -> !status().path("live").asBoolean());
    assertThat(tick()).isEqualTo(Map.of("skipped", 1L, "skippedLiveOff", 1L));
  }

  private Map<String, Long> tick() {
    return jobs.stream()
        .filter(j -> j.name().equals("generation-live-tick"))
        .findFirst()
        .orElseThrow()
        .run(Map.of("skipIfContinuous", "true"))
        .block(WAIT);
  }

  private void post(String path) {
    web.post()
        .uri(path)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  private JsonNode status() {
    return web.get()
        .uri("/api/generation/status")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }
}
