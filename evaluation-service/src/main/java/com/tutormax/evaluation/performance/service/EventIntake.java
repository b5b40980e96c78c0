package com.tutormax.evaluation.performance.service;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.common.rules.SessionRules;
import com.tutormax.evaluation.performance.config.EvaluationProperties;
import com.tutormax.evaluation.performance.domain.DayAggregate;
import com.tutormax.evaluation.performance.domain.EventDay;
import com.tutormax.evaluation.performance.persistence.RatingStore;
import com.tutormax.evaluation.performance.persistence.RollupStore;
import com.tutormax.evaluation.performance.persistence.TutorDayStore;
import com.tutormax.evaluation.performance.persistence.TutorStore;
import com.tutormax.evaluation.performance.persistence.TutorStore.Touch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies one consumed batch of one topic: bad records to the dead-letter topic, duplicates
 * (already processed event ids) skipped, the rest added to the tutor-days, ratings and tutors, and
 * the partition's event-time clock advanced — all in one transaction with the processed marks, so a
 * redelivered batch changes nothing. Never rescans history: each event adds its increment.
 */
@Service
public class EventIntake {

  private final BatchIntake intake;
  private final Duration timeout;
  private final TutorDayStore days;
  private final RatingStore ratings;
  private final TutorStore tutors;
  private final RollupStore rollup;
  private final LifecycleHandler lifecycle;
  private final Clock clock;

  public EventIntake(
      BatchIntake intake,
      TutorDayStore days,
      RatingStore ratings,
      TutorStore tutors,
      RollupStore rollup,
      LifecycleHandler lifecycle,
      Clock clock,
      EvaluationProperties properties) {
    this.intake = intake;
    this.timeout = properties.writeTimeout();
    this.days = days;
    this.ratings = ratings;
    this.tutors = tutors;
    this.rollup = rollup;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** Applies a batch of {@code type} events; blocks until committed and dead letters acked. */
  public void apply(
      List<ConsumerRecord<String, TutorMaxEvent>> batch, Class<? extends TutorMaxEvent> type) {
    intake.apply(
        batch,
        type,
        "evaluation-" + type.getSimpleName(),
        timeout,
        records ->
            applyNew(records.stream().map(ConsumerRecord::value).toList(), firstIngested(records))
                .then(advance(clocks(records))));
  }

  /** Per topic-partition: the latest event time of the batch's new records. */
  private static Map<String, Instant> clocks(List<ConsumerRecord<String, TutorMaxEvent>> records) {
    Map<String, Instant> clocks = new HashMap<>();
    for (ConsumerRecord<String, TutorMaxEvent> record : records) {
      clocks.merge(
          record.topic() + "-" + record.partition(),
          time(record.value()),
          (a, b) -> a.isAfter(b) ? a : b);
    }
    return clocks;
  }

  private Mono<Void> applyNew(List<TutorMaxEvent> events, Map<String, Instant> ingested) {
    if (events.isEmpty()) {
      return Mono.empty();
    }
    Instant now = clock.instant();
    List<SessionRecorded> sessions = ofType(events, SessionRecorded.class);
    List<FeedbackSubmitted> feedback = ofType(events, FeedbackSubmitted.class);
    List<TutorActivityRecorded> activity = ofType(events, TutorActivityRecorded.class);
    List<TutorLifecycleChanged> changes = ofType(events, TutorLifecycleChanged.class);
    List<TutorMaxEvent> counted = new ArrayList<>(sessions);
    counted.addAll(feedback);
    counted.addAll(activity);
    return days.add(increments(counted))
        .then(ratings.addSessions(sessions))
        .then(ratings.addFeedback(feedback))
        .then(tutors.touch(touches(events), ingested, now))
        .then(lifecycle.apply(changes, now));
  }

  /** The batch's events folded into one increment per tutor and day. */
  static List<DayAggregate> increments(List<TutorMaxEvent> events) {
    Map<String, DayAggregate> byKey = new LinkedHashMap<>();
    for (TutorMaxEvent event : events) {
      LocalDate day = EventDay.of(event);
      String tutor = event.key();
      byKey.compute(
          tutor + "|" + day,
          (k, sum) -> (sum == null ? DayAggregate.empty(tutor, day) : sum).plus(event));
    }
    return new ArrayList<>(byKey.values());
  }

  /** Per tutor: when the first of their records in the batch reached Kafka (ingestion). */
  private static Map<String, Instant> firstIngested(
      List<ConsumerRecord<String, TutorMaxEvent>> records) {
    Map<String, Instant> first = new HashMap<>();
    for (ConsumerRecord<String, TutorMaxEvent> r : records) {
      if (r.timestamp() > 0) {
        first.merge(
            r.value().key(), Instant.ofEpochMilli(r.timestamp()), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return first;
  }

  /** Per tutor: the earliest day seen (a join, for a new tutor), the latest event, held days. */
  static List<Touch> touches(List<TutorMaxEvent> events) {
    Map<String, Touch> byTutor = new LinkedHashMap<>();
    for (TutorMaxEvent event : events) {
      Instant at = time(event);
      LocalDate day = EventDay.utcDay(at);
      Instant held = event instanceof SessionRecorded s && SessionRules.isHeld(s) ? at : null;
      byTutor.merge(
          event.key(),
          new Touch(event.key(), day, at, held),
          (a, b) ->
              new Touch(
                  a.tutorId(),
                  min(a.firstDay(), b.firstDay()),
                  a.latestEvent().isAfter(b.latestEvent()) ? a.latestEvent() : b.latestEvent(),
                  latest(a.heldAt(), b.heldAt())));
    }
    return new ArrayList<>(byTutor.values());
  }

  private Mono<Void> advance(Map<String, Instant> clocks) {
    return Flux.fromIterable(clocks.entrySet())
        .sort(Map.Entry.comparingByKey())
        .concatMap(e -> rollup.advance(e.getKey(), e.getValue()))
        .then();
  }

  private static <E> List<E> ofType(List<TutorMaxEvent> events, Class<E> type) {
    List<E> found = new ArrayList<>();
    for (TutorMaxEvent event : events) {
      if (type.isInstance(event)) {
        found.add(type.cast(event));
      }
    }
    found.sort(Comparator.comparing(e -> time((TutorMaxEvent) e)));
    return found;
  }

  /** The contract's event id; a record without one gets a stable id from where it is stored. */
  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  /** Event time; a registration's is when the tutor joined. */
  static Instant time(TutorMaxEvent event) {
    return event instanceof TutorRegistered r ? r.joinedAt() : EventDay.timeOf(event);
  }
}
