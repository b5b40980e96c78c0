package com.tutormax.common.idempotency;

import com.tutormax.common.kafka.EventCounters;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Idempotent consumers: a handler's state change and the record of {@code (consumer, event id)}
 * commit in one transaction, so a redelivered event is recognised and skipped, never applied twice.
 */
public class ProcessedEvents {

  private final DatabaseClient db;
  private final TransactionalOperator transactions;
  private final EventCounters counters;

  public ProcessedEvents(
      DatabaseClient db, TransactionalOperator transactions, EventCounters counters) {
    this.db = db;
    this.transactions = transactions;
    this.counters = counters;
  }

  /**
   * Runs {@code handler} once per {@code (consumer, eventId)}, in the same transaction as the
   * processed-event mark. Emits true when the handler ran, false for a duplicate.
   */
  public Mono<Boolean> handleOnce(String consumer, UUID eventId, Supplier<Mono<?>> handler) {
    long started = System.nanoTime();
    Mono<Boolean> work =
        db.sql(
                "INSERT INTO processed_events (consumer, event_id) VALUES (:consumer, :eventId)"
                    + " ON CONFLICT DO NOTHING")
            .bind("consumer", consumer)
            .bind("eventId", eventId)
            .fetch()
            .rowsUpdated()
            .flatMap(
                inserted -> inserted == 0 ? Mono.just(false) : handler.get().then(Mono.just(true)));
    return transactions
        .transactional(work)
        .doOnNext(
            ran -> {
              if (ran) {
                counters.processed(Duration.ofNanos(System.nanoTime() - started));
              } else {
                counters.duplicate();
              }
            });
  }

  /**
   * For batch consumers: marks the events processed and emits the ids that were new (the rest are
   * duplicates). Run it in the transaction that applies the new events, so both commit or neither.
   */
  public Mono<Set<UUID>> markNew(String consumer, Collection<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return Mono.just(Set.of());
    }
    return db.sql(
            "INSERT INTO processed_events (consumer, event_id)"
                + " SELECT :consumer, id FROM unnest(:ids) AS id"
                + " ON CONFLICT DO NOTHING RETURNING event_id")
        .bind("consumer", consumer)
        .bind("ids", eventIds.toArray(UUID[]::new))
        .map(row -> row.get("event_id", UUID.class))
        .all()
        .collect(Collectors.toSet())
        .doOnNext(
            fresh -> {
              for (int i = fresh.size(); i < eventIds.size(); i++) {
                counters.duplicate();
              }
            });
  }
}
