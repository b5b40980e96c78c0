package com.tutormax.api.records.persistence;

import com.tutormax.common.events.TutorMaxEvent;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** A table of the system of record, fed by one topic's events. */
public interface RecordTable<E extends TutorMaxEvent> {

  /** The event type its topic carries. */
  Class<E> eventType();

  /** The natural key: two events with the same key are the same record. */
  String naturalKey(E event);

  /**
   * Records that must not be stored although their fields are valid, by natural key with the reason
   * (a rule that needs the database, e.g. COPPA consent); they are dead-lettered.
   */
  default Mono<Map<String, String>> refusals(List<E> events) {
    return Mono.just(Map.of());
  }

  /** Stores new records in one statement and emits how many were new (duplicates are skipped). */
  Mono<Long> insert(List<E> events);

  /**
   * Runs after the insert has committed, in a statement of its own, so that it sees what other
   * topics' listeners committed meanwhile (a tutor's status needs both the tutor and lifecycle).
   */
  default Mono<Void> afterInsert(List<E> events) {
    return Mono.empty();
  }
}
