package com.tutormax.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.EventCatalog;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.JobRequested;
import com.tutormax.common.events.Topics;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.generation.simulation.domain.Emission;
import com.tutormax.generation.simulation.domain.World;
import com.tutormax.generation.simulation.domain.WorldSettings;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real backfill through Kafka: exactly the simulated events, checkpointed and counted. */
@ServiceIntegrationTest
@TestPropertySource(
    properties = {
      "tutormax.db.schema=generation_run",
      "tutormax.generation.seed=777",
      "tutormax.generation.initial-tutors=20",
      "tutormax.generation.target-active-tutors=19",
      "tutormax.generation.sessions-per-day=200",
      "tutormax.generation.backfill-days=4"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerationRunIntegrationTest {

  static final int DAYS = 4;

  static final Duration WAIT = Duration.ofSeconds(60);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebTestClient web;
  @Autowired List<ScheduledJob> jobs;
  @Autowired EventPublisher publisher;

  String admin = TestTokens.forRoles("ADMIN");

  @Test
  @Order(1)
  void backfillPublishesExactlyTheSimulatedEventsAndCountsThem() {
    postAsAdmin("/api/generation/backfill").expectStatus().isAccepted();
    // The scheduler's tick, meanwhile, leaves the runner to the backfill.
    assertThat(liveTickJob().run(Map.of("skipIfContinuous", "true")).block(WAIT))
        .containsEntry("skipped", 1L)
        .containsEntry("skippedBackfillRunning", 1L);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "IDLE".equals(status().path("mode").asString()) && status().has("run"));
    JsonNode status = status();
    assertThat(status.path("lastError").isNull()).as(status.toString()).isTrue();
    assertThat(status.path("run").path("progress").asDouble()).isEqualTo(1.0);

    List<Emission> expected = simulateLocally();
    Map<String, Long> expectedCounts =
        expected.stream()
            .collect(
                Collectors.groupingBy(
                    e -> EventCatalog.of(e.event()).name(), Collectors.counting()));
    Map<String, Long> published = new HashMap<>();
    status
        .path("published")
        .properties()
        .forEach(e -> published.put(e.getKey(), e.getValue().asLong()));
    assertThat(published).isEqualTo(expectedCounts);

    // Every expected event id is on its topic, with the same bytes as the local simulation.
    Map<String, List<Emission>> byTopic =
        expected.stream().collect(Collectors.groupingBy(e -> EventCatalog.of(e.event()).topic()));
    byTopic.forEach(
        (topic, emissions) -> {
          Map<UUID, Emission> wanted =
              emissions.stream().collect(Collectors.toMap(Emission::eventId, e -> e));
          List<ConsumerRecord<String, byte[]>> found =
              TopicProbe.awaitAll(
                  topic,
                  Duration.ofSeconds(30),
                  r -> wanted.containsKey(EventRecords.eventId(r)),
                  wanted.size());
          for (ConsumerRecord<String, byte[]> record : found) {
            Emission emission = wanted.get(EventRecords.eventId(record));
            assertThat(record.key()).isEqualTo(emission.event().key());
            assertThat(record.value())
                .isEqualTo(com.tutormax.common.events.EventJson.write(emission.event()));
            assertThat(EventRecords.header(record.headers(), EventHeaders.PRODUCER))
                .contains("generation-service");
          }
        });
  }

  @Test
  @Order(2)
  void aSecondBackfillFindsNothingToDoAndReseedingIsRefused() {
    JsonNode before = status();
    postAsAdmin("/api/generation/backfill").expectStatus().isAccepted();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "IDLE".equals(status().path("mode").asString()));
    assertThat(status().path("publishedTotal").asLong())
        .isEqualTo(before.path("publishedTotal").asLong());

    web.post()
        .uri("/api/generation/reseed")
        .headers(h -> h.setBearerAuth(admin))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"seed\": 1}")
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  @Order(3)
  void truthListsEveryTutorWithArchetypeAndPlannedChurn() {
    JsonNode truth =
        web.get()
            .uri("/api/generation/truth")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(truth.size()).isGreaterThanOrEqualTo(20);
    assertThat(truth.get(0).path("tutorId").asString()).isEqualTo("T00001");
    assertThat(truth.get(0).path("archetype").asString()).isNotBlank();
    Set<String> reasons =
        java.util.stream.StreamSupport.stream(truth.spliterator(), false)
            .map(t -> t.path("churnReason").asString(""))
            .collect(Collectors.toSet());
    assertThat(reasons).isNotEmpty();
  }

  @Test
  @Order(4)
  void liveModePublishesTodayUpToNowAndStops() {
    postAsAdmin("/api/generation/live/start").expectStatus().isAccepted();
    long before = status().path("publishedTotal").asLong();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> status().path("run").path("kind").asString().equals("live"));
    JsonNode live = status();
    assertThat(live.path("mode").asString()).isEqualTo("LIVE");
    assertThat(live.path("live").asBoolean()).isTrue();
    assertThat(java.time.Instant.parse(live.path("simulatedUntil").asString()))
        .isAfter(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(live.path("publishedTotal").asLong()).isGreaterThanOrEqualTo(before);
    // Live mode ticks on its own: the scheduler's tick does nothing, and says so.
    assertThat(liveTickJob().run(Map.of("skipIfContinuous", "true")).block(WAIT))
        .isEqualTo(Map.of("skipped", 1L, "skippedLiveRunning", 1L));
    postAsAdmin("/api/generation/live/stop").expectStatus().isOk();
    await().atMost(Duration.ofSeconds(10)).until(() -> !status().path("live").asBoolean());
    assertThat(status().path("mode").asString()).isEqualTo("IDLE");
  }

  @Test
  @Order(5)
  void withLiveModeStoppedTheScheduledTickLeavesTheWorldWhereItIs() {
    JsonNode before = status();
    Map<String, Long> counts = liveTickJob().run(Map.of("skipIfContinuous", "true")).block(WAIT);
    assertThat(counts).isEqualTo(Map.of("skipped", 1L, "skippedLiveOff", 1L));
    assertThat(status().path("publishedTotal").asLong())
        .isEqualTo(before.path("publishedTotal").asLong());
  }

  /** Through Kafka as the scheduler asks: performed by a generation-service and reported. */
  @Test
  @Order(6)
  void aJobRequestedForTheLiveTickIsPerformedAndReported() {
    String runId = "generation-live-tick@" + UUID.randomUUID();
    Instant now = Instant.now();
    publisher
        .publish(
            new JobRequested(
                runId,
                "generation-live-tick",
                "generation-service",
                Map.of("skipIfContinuous", "true"),
                now,
                now))
        .block(WAIT);
    JsonNode report =
        JSON.readTree(
            TopicProbe.await(Topics.JOB_RESULTS, WAIT, r -> runId.equals(r.key())).value());
    assertThat(report.path("outcome").asString()).isEqualTo("SUCCEEDED");
    // Another test context of this service may share the consumer group and perform it instead.
    assertThat(report.path("counts").has("skipped")).as(report.toString()).isTrue();
  }

  private ScheduledJob liveTickJob() {
    return jobs.stream()
        .filter(j -> j.name().equals("generation-live-tick"))
        .findFirst()
        .orElseThrow();
  }

  private WebTestClient.ResponseSpec postAsAdmin(String path) {
    return web.post().uri(path).headers(h -> h.setBearerAuth(admin)).exchange();
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

  private static List<Emission> simulateLocally() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    World world = new World(new WorldSettings(777, today.minusDays(DAYS), 20, 19, 200));
    return java.util.stream.IntStream.range(0, DAYS)
        .mapToObj(d -> world.simulateDay())
        .flatMap(List::stream)
        .toList();
  }
}
