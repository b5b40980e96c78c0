package com.tutormax.api.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.EventSerializer;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.Infrastructure;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A record that failed while something was broken waits in its topic's .DLT with the reason; the
 * admin lists it, replays it once the cause is fixed, and it is stored. A record that is bad in
 * itself goes back to the dead letters when replayed. A second replay sends nothing new.
 */
@ServiceIntegrationTest
class DeadLettersIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String DLT = Topics.deadLetter(Topics.TUTORS);

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  @Test
  void aFailedRecordIsListedWithItsReasonAndReplayedIntoTheStore() throws Exception {
    String tutor = "T-dlt-" + UUID.randomUUID().toString().substring(0, 8);
    String admin = TestTokens.forRoles("ADMIN");
    // As the record intake would have left it had PostgreSQL been down past its retries.
    deadLetter(tutor, valid(tutor), "refused by the database: connection refused");
    deadLetter(tutor, "{not json".getBytes(StandardCharsets.UTF_8), "undecodable: not JSON");

    await()
        .atMost(WAIT)
        .until(() -> pending(admin) >= 2 && records(admin, false).toString().contains(tutor));
    JsonNode listed = records(admin, false);
    JsonNode mine = null;
    for (JsonNode r : listed) {
      if (tutor.equals(r.path("key").asString())
          && r.path("reason").asString().startsWith("refused")) {
        mine = r;
      }
    }
    assertThat(mine).as(listed.toString()).isNotNull();
    assertThat(mine.path("origin").asString()).startsWith(Topics.TUTORS + "-");
    assertThat(mine.path("consumerGroup").asString()).isEqualTo("api-service-records");
    assertThat(mine.path("eventType").asString()).isEqualTo("TutorRegistered");
    assertThat(mine.path("replayed").asBoolean()).isFalse();

    JsonNode replayed = replay(admin);
    assertThat(replayed.path("replayed").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(replayed.path("to").path(Topics.TUTORS).asInt()).isGreaterThanOrEqualTo(2);

    await().atMost(WAIT).until(() -> stored(tutor) == 1);
    // The undecodable one failed again: back in the dead letters, not yet replayed.
    await()
        .atMost(WAIT)
        .until(
            () -> {
              for (JsonNode r : records(admin, false)) {
                if (tutor.equals(r.path("key").asString())
                    && r.path("reason").asString().startsWith("undecodable")
                    && r.path("origin").asString().startsWith(Topics.TUTORS + "-")) {
                  return true;
                }
              }
              return false;
            });
    assertThat(records(admin, true).toString()).contains("\"replayed\":true");

    // A second replay sends only what is not yet replayed (the undecodable one's return), so the
    // stored tutor is not sent, nor stored, twice.
    long pendingBefore = pending(admin);
    assertThat(pendingBefore).isPositive();
    assertThat(replay(admin).path("replayed").asLong()).isEqualTo(pendingBefore);
    assertThat(stored(tutor)).isEqualTo(1);
  }

  private JsonNode replay(String admin) {
    return web.post()
        .uri("/api/admin/dead-letters/{topic}/replay", DLT)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void unknownTopicsAndBadLimitsAreClearErrors() {
    String admin = TestTokens.forRoles("ADMIN");
    web.get()
        .uri("/api/admin/dead-letters/{topic}", "tutormax.tutors.v1")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound();
    web.get()
        .uri("/api/admin/dead-letters/{topic}", "tutormax.nothing.v1.DLT")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound();
    web.get()
        .uri("/api/admin/dead-letters/{topic}?limit=0", DLT)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private long pending(String admin) {
    JsonNode topics =
        web.get()
            .uri("/api/admin/dead-letters")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    for (JsonNode t : topics) {
      if (DLT.equals(t.path("topic").asString())) {
        assertThat(t.path("originTopic").asString()).isEqualTo(Topics.TUTORS);
        return t.path("pending").asLong();
      }
    }
    return 0;
  }

  private JsonNode records(String admin, boolean all) {
    return web.get()
        .uri("/api/admin/dead-letters/{topic}?all={all}&limit=1000", DLT, all)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private long stored(String tutor) {
    return db.sql("SELECT count(*) AS n FROM tutors WHERE tutor_id = :id")
        .bind("id", tutor)
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private static byte[] valid(String tutor) {
    return new EventSerializer()
        .serialize(
            Topics.TUTORS,
            new RecordHeaders(),
            new TutorRegistered(
                tutor,
                "Grace Replay",
                tutor.toLowerCase() + "@tutors.test",
                List.of("math"),
                "STEM",
                10,
                Instant.parse("2026-01-05T00:00:00Z"),
                DataSource.INGEST));
  }

  private static void deadLetter(String tutor, byte[] value, String reason) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.get().kafkaBootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(DLT, 0, tutor, value);
      record.headers().add(EventHeaders.EVENT_TYPE, bytes("TutorRegistered"));
      record.headers().add(EventHeaders.EVENT_ID, bytes(UUID.randomUUID().toString()));
      record.headers().add(EventHeaders.SCHEMA_VERSION, bytes("1"));
      record.headers().add(EventHeaders.DLT_REASON, bytes(reason));
      record.headers().add(EventHeaders.DLT_ORIGIN, bytes(Topics.TUTORS + "-0@" + 42));
      record.headers().add(EventHeaders.DLT_GROUP, bytes("api-service-records"));
      producer.send(record).get();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
