package com.tutormax.api.records.service;

import com.tutormax.api.records.config.RecordsProperties;
import com.tutormax.api.records.persistence.RecordTable;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.BatchScreen;
import com.tutormax.common.kafka.BatchScreen.Rejected;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.validation.EventValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Service;

/**
 * Writes one consumed batch into its table. Records that cannot be decoded, are of the wrong type
 * or break the field rules go to the dead-letter topic with the reason; the valid ones are stored
 * with one statement, duplicates (within the batch or already stored) skipped. Runs on the listener
 * thread and blocks until the write has committed and the dead letters are acknowledged, so the
 * batch's offsets are committed only after both.
 */
@Service
public class RecordBatchWriter {

  private static final Logger log = LoggerFactory.getLogger(RecordBatchWriter.class);

  private final KafkaOperations<Object, Object> kafka;
  private final EventCounters counters;
  private final EventValidator validator;
  private final Duration timeout;

  public RecordBatchWriter(
      KafkaOperations<Object, Object> kafka,
      EventCounters counters,
      Clock clock,
      RecordsProperties properties) {
    this.kafka = kafka;
    this.counters = counters;
    this.validator = new EventValidator(clock);
    this.timeout = properties.writeTimeout();
  }

  /** What became of a batch. */
  public record Outcome(long stored, long duplicates, long deadLettered) {}

  public <E extends TutorMaxEvent> Outcome write(
      List<ConsumerRecord<String, TutorMaxEvent>> batch, RecordTable<E> table) {
    long started = System.nanoTime();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, ConsumerRecord<String, TutorMaxEvent>> valid = new LinkedHashMap<>();
    for (ConsumerRecord<String, TutorMaxEvent> record : batch) {
      String problem = BatchScreen.problem(record, table.eventType(), validator);
      if (problem != null) {
        rejected.add(new Rejected(record, problem));
      } else {
        // The first of several records with one key wins; the rest are duplicates.
        valid.putIfAbsent(table.naturalKey(table.eventType().cast(record.value())), record);
      }
    }
    long stored = store(new ArrayList<>(valid.values()), table, rejected);
    BatchScreen.deadLetter(kafka, rejected, timeout);

    long duplicates = batch.size() - rejected.size() - stored;
    Duration perRecord = Duration.ofNanos((System.nanoTime() - started) / Math.max(1, stored));
    for (long i = 0; i < stored; i++) {
      counters.processed(perRecord);
    }
    for (long i = 0; i < duplicates; i++) {
      counters.duplicate();
    }
    rejected.forEach(r -> counters.failed());
    Outcome outcome = new Outcome(stored, duplicates, rejected.size());
    log.debug("{} batch of {}: {}", table.eventType().getSimpleName(), batch.size(), outcome);
    return outcome;
  }

  /** Stores the valid records and returns how many were new. */
  private <E extends TutorMaxEvent> long store(
      List<ConsumerRecord<String, TutorMaxEvent>> valid,
      RecordTable<E> table,
      List<Rejected> rejected) {
    if (valid.isEmpty()) {
      return 0;
    }
    Map<String, String> refusals =
        table
            .refusals(valid.stream().map(r -> table.eventType().cast(r.value())).toList())
            .block(timeout);
    if (refusals != null && !refusals.isEmpty()) {
      List<ConsumerRecord<String, TutorMaxEvent>> kept = new ArrayList<>();
      for (ConsumerRecord<String, TutorMaxEvent> record : valid) {
        String refusal = refusals.get(table.naturalKey(table.eventType().cast(record.value())));
        if (refusal == null) {
          kept.add(record);
        } else {
          rejected.add(new Rejected(record, "refused: " + refusal));
        }
      }
      valid = kept;
      if (valid.isEmpty()) {
        return 0;
      }
    }
    List<E> events = valid.stream().map(r -> table.eventType().cast(r.value())).toList();
    long stored;
    try {
      stored = insert(table, events);
    } catch (RuntimeException e) {
      if (!DataErrors.causedByData(e)) {
        throw e;
      }
      stored = storeOneByOne(valid, events, table, rejected);
    }
    table.afterInsert(events).block(timeout);
    return stored;
  }

  /**
   * One record's data broke the batch statement (the field rules cannot foresee everything, e.g. a
   * NUL character): store the records one by one and dead-letter the ones the database refuses.
   */
  private <E extends TutorMaxEvent> long storeOneByOne(
      List<ConsumerRecord<String, TutorMaxEvent>> valid,
      List<E> events,
      RecordTable<E> table,
      List<Rejected> rejected) {
    long stored = 0;
    for (int i = 0; i < events.size(); i++) {
      try {
        stored += insert(table, List.of(events.get(i)));
      } catch (RuntimeException e) {
        if (!DataErrors.causedByData(e)) {
          throw e;
        }
        rejected.add(
            new Rejected(valid.get(i), "refused by the database: " + DataErrors.describe(e)));
      }
    }
    return stored;
  }

  private <E extends TutorMaxEvent> long insert(RecordTable<E> table, List<E> events) {
    Long inserted = table.insert(events).block(timeout);
    return inserted == null ? 0 : inserted;
  }
}
