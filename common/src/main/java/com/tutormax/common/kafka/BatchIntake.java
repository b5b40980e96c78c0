package com.tutormax.common.kafka;

import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.kafka.BatchScreen.Rejected;
import com.tutormax.common.validation.EventValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies one consumed batch of a batch listener, the same way in every service: records that
 * cannot be used go to the dead-letter topic (after the batch's transaction, acknowledged before
 * the offsets are committed), duplicates (event ids this consumer already processed) are skipped,
 * and the new records are handed to the service's handler in one transaction with their processed
 * marks, so a redelivered batch changes nothing.
 */
public final class BatchIntake {

  private final ProcessedEvents processed;
  private final TransactionalOperator transactions;
  private final KafkaOperations<Object, Object> kafka;
  private final EventCounters counters;
  private final EventValidator validator;

  public BatchIntake(
      ProcessedEvents processed,
      TransactionalOperator transactions,
      KafkaOperations<Object, Object> kafka,
      EventCounters counters,
      EventValidator validator) {
    this.processed = processed;
    this.transactions = transactions;
    this.kafka = kafka;
    this.counters = counters;
    this.validator = validator;
  }

  /**
   * Applies a batch of {@code type} events for {@code consumer}; blocks until committed and the
   * dead letters are acknowledged.
   *
   * @param timeout how long the transaction and the dead letters may take
   * @param handler stores the new records (in batch order); runs inside the transaction
   */
  public void apply(
      List<ConsumerRecord<String, TutorMaxEvent>> batch,
      Class<? extends TutorMaxEvent> type,
      String consumer,
      Duration timeout,
      Function<List<ConsumerRecord<String, TutorMaxEvent>>, Mono<Void>> handler) {
    long started = System.nanoTime();
    List<Rejected> rejected = new ArrayList<>();
    Map<UUID, ConsumerRecord<String, TutorMaxEvent>> valid = new LinkedHashMap<>();
    for (ConsumerRecord<String, TutorMaxEvent> record : batch) {
      String problem = BatchScreen.problem(record, type, validator);
      if (problem != null) {
        rejected.add(new Rejected(record, problem));
      } else {
        valid.putIfAbsent(eventId(record), record);
      }
    }
    Mono<Integer> work =
        processed
            .markNew(consumer, valid.keySet())
            .flatMap(
                fresh -> {
                  List<ConsumerRecord<String, TutorMaxEvent>> records =
                      valid.entrySet().stream()
                          .filter(e -> fresh.contains(e.getKey()))
                          .map(Map.Entry::getValue)
                          .toList();
                  return records.isEmpty()
                      ? Mono.just(0)
                      : handler.apply(records).thenReturn(records.size());
                })
            .as(transactions::transactional);
    Integer applied = work.block(timeout);
    BatchScreen.deadLetter(kafka, rejected, timeout);
    int count = applied == null ? 0 : applied;
    Duration perEvent = Duration.ofNanos((System.nanoTime() - started) / Math.max(1, count));
    for (int i = 0; i < count; i++) {
      counters.processed(perEvent);
    }
    rejected.forEach(r -> counters.failed());
  }

  /** The record's event id header, or a stable id from its topic, partition and offset. */
  public static UUID eventId(ConsumerRecord<?, ?> record) {
    return EventRecords.header(record.headers(), EventHeaders.EVENT_ID)
        .map(UUID::fromString)
        .orElseGet(
            () ->
                UUID.nameUUIDFromBytes(
                    (record.topic() + "|" + record.partition() + "|" + record.offset())
                        .getBytes(StandardCharsets.UTF_8)));
  }
}
