package com.tutormax.common.outbox;

import com.tutormax.common.events.EventHeaders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes outbox rows in id order and marks them sent. One relay per schema works at a time (a
 * transaction-scoped advisory lock), so order holds with several replicas. A failed send rolls the
 * batch back and it is sent again; consumers drop the duplicates by event id.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration METRICS_EVERY = Duration.ofSeconds(2);

  private final DatabaseClient db;
  private final TransactionalOperator transactions;
  private final KafkaTemplate<Object, Object> template;
  private final String producer;
  private final Duration pollInterval;
  private final int batchSize;
  private final Tracer tracer;
  private final Propagator propagator;
  private final AtomicLong backlog = new AtomicLong();
  private final AtomicLong oldestAgeSeconds = new AtomicLong();
  private volatile ScheduledExecutorService executor;
  private volatile long lastMetricsAt;

  public OutboxRelay(
      DatabaseClient db,
      TransactionalOperator transactions,
      KafkaTemplate<Object, Object> template,
      String producer,
      Duration pollInterval,
      int batchSize,
      MeterRegistry registry,
      Tracer tracer,
      Propagator propagator) {
    this.db = db;
    this.transactions = transactions;
    this.template = template;
    this.producer = producer;
    this.pollInterval = pollInterval;
    this.batchSize = batchSize;
    this.tracer = tracer;
    this.propagator = propagator;
    Gauge.builder("tutormax.outbox.backlog", backlog, AtomicLong::get)
        .description("Outbox rows not yet published")
        .register(registry);
    Gauge.builder("tutormax.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
        .description("Age of the oldest unpublished outbox row")
        .baseUnit("seconds")
        .register(registry);
  }

  private record Row(
      long id,
      String eventId,
      String topic,
      String key,
      String type,
      int version,
      String payload,
      String traceparent) {}

  /** Publishes one batch; returns how many rows were sent (0 when idle or another relay works). */
  public int relayOnce() {
    Mono<Integer> batch =
        db.sql("SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))")
            .map(row -> row.get(0, Boolean.class))
            .one()
            .flatMap(locked -> locked ? publishPending() : Mono.just(0));
    Integer sent = transactions.transactional(batch).block();
    return sent == null ? 0 : sent;
  }

  private Mono<Integer> publishPending() {
    return db.sql(
            "SELECT id, event_id, topic, event_key, event_type, schema_version, payload,"
                + " traceparent FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT :limit")
        .bind("limit", batchSize)
        .map(
            r ->
                new Row(
                    r.get("id", Long.class),
                    r.get("event_id", java.util.UUID.class).toString(),
                    r.get("topic", String.class),
                    r.get("event_key", String.class),
                    r.get("event_type", String.class),
                    r.get("schema_version", Integer.class),
                    r.get("payload", String.class),
                    r.get("traceparent", String.class)))
        .all()
        .collectList()
        .publishOn(Schedulers.boundedElastic())
        .flatMap(
            rows -> {
              if (rows.isEmpty()) {
                return Mono.just(0);
              }
              List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
              rows.forEach(row -> sends.add(send(row)));
              Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
              return Mono.fromFuture(
                      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)))
                  .then(
                      db.sql("UPDATE outbox SET sent_at = now() WHERE id = ANY(:ids)")
                          .bind("ids", ids)
                          .fetch()
                          .rowsUpdated())
                  .thenReturn(rows.size());
            });
  }

  private CompletableFuture<?> send(Row row) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_TYPE, bytes(row.type()));
    headers.add(EventHeaders.EVENT_ID, bytes(row.eventId()));
    headers.add(EventHeaders.PRODUCER, bytes(producer));
    headers.add(EventHeaders.SCHEMA_VERSION, bytes(Integer.toString(row.version())));
    ProducerRecord<Object, Object> record =
        new ProducerRecord<>(
            row.topic(), null, row.key(), row.payload().getBytes(StandardCharsets.UTF_8), headers);
    if (row.traceparent() == null) {
      return template.send(record);
    }
    if (tracer == null || propagator == null) {
      headers.add(EventHeaders.TRACEPARENT, bytes(row.traceparent()));
      return template.send(record);
    }
    // Continue the trace that wrote the row: the template's observation becomes its child and
    // injects the traceparent header.
    Span span =
        propagator
            .extract(Map.of(EventHeaders.TRACEPARENT, row.traceparent()), Map::get)
            .name("outbox publish")
            .start();
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      return template.send(record);
    } finally {
      span.end();
    }
  }

  /** Refreshes the backlog gauges. */
  public void refreshMetrics() {
    db.sql(
            "SELECT count(*) AS backlog, coalesce(extract(epoch FROM now() - min(created_at)), 0)"
                + " AS oldest FROM outbox WHERE sent_at IS NULL")
        .map(
            r -> {
              backlog.set(r.get("backlog", Long.class));
              oldestAgeSeconds.set(Math.round(r.get("oldest", Number.class).doubleValue()));
              return true;
            })
        .one()
        .block();
  }

  private void tick() {
    try {
      int sent;
      do {
        sent = relayOnce();
      } while (sent == batchSize && executor != null);
      long now = System.currentTimeMillis();
      if (now - lastMetricsAt >= METRICS_EVERY.toMillis()) {
        lastMetricsAt = now;
        refreshMetrics();
      }
    } catch (RuntimeException e) {
      log.warn("Outbox relay failed; the batch stays pending and is retried: {}", e.toString());
    }
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void start() {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor = scheduler;
    scheduler.scheduleWithFixedDelay(this::tick, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    ScheduledExecutorService scheduler = executor;
    executor = null;
    if (scheduler != null) {
      scheduler.shutdown();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    // Stops before the Kafka producer and the connection pool are closed.
    return Integer.MAX_VALUE - 1000;
  }
}
