package com.tutormax.common.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.Heartbeat;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.testsupport.Infrastructure;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The backbone end to end on real PostgreSQL and Kafka. */
@ServiceIntegrationTest
@AutoConfigureTracing
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class BackboneIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired OutboxWriter outbox;
  @Autowired EventPublisher publisher;
  @Autowired TransactionalOperator transactions;
  @Autowired DatabaseClient db;
  @Autowired EventCounters counters;
  @Autowired MeterRegistry meters;
  @Autowired WebTestClient web;

  private static TutorLifecycleChanged event(String tutorId, String reason) {
    return new TutorLifecycleChanged(
        tutorId, TutorLifecycleChanged.Change.JOINED, Instant.now(), reason, DataSource.INGEST);
  }

  private List<String> reasonsOf(String tutorId) {
    return db.sql("SELECT reason FROM lifecycle_log WHERE tutor_id = :t ORDER BY seq")
        .bind("t", tutorId)
        .map(row -> row.get("reason", String.class))
        .all()
        .collectList()
        .block();
  }

  @Test
  void outboxPublishesCommittedEventsInOrderAndDropsRolledBackOnes() {
    String tutor = "T-outbox-" + UUID.randomUUID();
    // 30 events for one tutor, each written in its own transaction beside a state change.
    Flux.range(0, 30)
        .concatMap(i -> transactions.transactional(outbox.append(event(tutor, "n" + i))))
        .blockLast();
    // A transaction that fails after writing its event must not publish it.
    Mono<Object> failing =
        outbox
            .append(event(tutor, "rolled-back"))
            .then(Mono.error(new IllegalStateException("boom")));
    transactions.transactional(failing).onErrorResume(e -> Mono.empty()).block();

    List<String> expected = IntStream.range(0, 30).mapToObj(i -> "n" + i).toList();
    await().atMost(WAIT).until(() -> reasonsOf(tutor).size() >= 30);
    assertThat(reasonsOf(tutor)).containsExactlyElementsOf(expected);

    var first = TopicProbe.await(Topics.LIFECYCLE, WAIT, r -> tutor.equals(r.key()));
    assertThat(EventRecords.header(first.headers(), EventHeaders.EVENT_TYPE))
        .contains("TutorLifecycleChanged");
    assertThat(EventRecords.header(first.headers(), EventHeaders.PRODUCER))
        .contains("backbone-test");
    assertThat(EventRecords.header(first.headers(), EventHeaders.SCHEMA_VERSION)).contains("1");
    assertThat(EventRecords.header(first.headers(), EventHeaders.EVENT_ID)).isPresent();

    await().atMost(WAIT).untilAsserted(() -> assertThat(unsentRows()).isZero());
    assertThat(meters.find("tutormax.outbox.backlog").gauge()).isNotNull();
    assertThat(meters.find("tutormax.outbox.oldest.age").gauge()).isNotNull();
  }

  private long unsentRows() {
    return db.sql("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  @Test
  void aDuplicateEventChangesNothing() {
    String tutor = "T-dup-" + UUID.randomUUID();
    UUID id = UUID.randomUUID();
    long duplicatesBefore = counters.duplicateCount();
    publisher.publish(event(tutor, "once"), id).block();
    publisher.publish(event(tutor, "once"), id).block();
    await().atMost(WAIT).until(() -> counters.duplicateCount() > duplicatesBefore);
    assertThat(reasonsOf(tutor)).containsExactly("once");
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
    String tutor = "T-poison-" + UUID.randomUUID();
    // Undecodable bytes, then a record the handler refuses, then a good one: same key, same
    // partition.
    try (KafkaProducer<String, byte[]> raw = rawProducer()) {
      ProducerRecord<String, byte[]> garbage =
          new ProducerRecord<>(
              Topics.LIFECYCLE, tutor, "{not json".getBytes(StandardCharsets.UTF_8));
      garbage.headers().add(EventHeaders.EVENT_TYPE, "TutorLifecycleChanged".getBytes());
      garbage.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes());
      raw.send(garbage).get();
    }
    publisher.publish(event(tutor, "poison")).block();
    publisher.publish(event(tutor, "good")).block();

    await().atMost(WAIT).until(() -> reasonsOf(tutor).contains("good"));
    assertThat(reasonsOf(tutor)).containsExactly("good");

    var dead =
        TopicProbe.awaitAll(
            Topics.deadLetter(Topics.LIFECYCLE), WAIT, r -> tutor.equals(r.key()), 2);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(EventRecords.header(dead.get(0).headers(), EventHeaders.DLT_REASON))
        .hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
    assertThat(EventRecords.header(dead.get(0).headers(), EventHeaders.DLT_ORIGIN))
        .hasValueSatisfying(origin -> assertThat(origin).startsWith(Topics.LIFECYCLE + "-"));
    assertThat(EventRecords.header(dead.get(1).headers(), EventHeaders.DLT_REASON))
        .hasValueSatisfying(reason -> assertThat(reason).contains("handler refused poison"));
    assertThat(counters.failedCount()).isGreaterThanOrEqualTo(2);
  }

  private static KafkaProducer<String, byte[]> rawProducer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers()),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  @Test
  void heartbeatsReportDependenciesLagAndCounters() {
    var record =
        TopicProbe.await(
            Topics.HEARTBEATS,
            WAIT,
            r -> {
              if (!"backbone-test".equals(r.key())) {
                return false;
              }
              Heartbeat beat = EventJson.read(r.value(), Heartbeat.class);
              return "UP".equals(beat.dependencies().get("kafka"))
                  && "UP".equals(beat.dependencies().get("r2dbc"));
            });
    Heartbeat beat = EventJson.read(record.value(), Heartbeat.class);
    assertThat(beat.status()).isEqualTo("UP");
    assertThat(beat.instanceId()).isNotBlank();
    assertThat(beat.consumerLag()).containsKey("backbone-test");
  }

  @Test
  void accessLogCarriesTheRequestsTraceId(
      org.springframework.boot.test.system.CapturedOutput output) {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    web.post()
        .uri("/lifecycle/{id}", "T-log-" + UUID.randomUUID())
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("POST /lifecycle/")
                    .contains("trace=" + traceId));
  }

  @Test
  void oneTraceCrossesHttpTheOutboxAndKafka() {
    String tutor = "T-trace-" + UUID.randomUUID();
    String traceId = UUID.randomUUID().toString().replace("-", "");
    web.post()
        .uri("/lifecycle/{id}", tutor)
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    var record = TopicProbe.await(Topics.LIFECYCLE, WAIT, r -> tutor.equals(r.key()));
    assertThat(EventRecords.header(record.headers(), EventHeaders.TRACEPARENT))
        .hasValueSatisfying(tp -> assertThat(tp).startsWith("00-" + traceId + "-"));
  }
}
