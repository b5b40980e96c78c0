package com.tutormax.churn.scoring.service;

import com.tutormax.churn.firstsession.service.FirstSessionRisks;
import com.tutormax.churn.interventions.persistence.InterventionStore;
import com.tutormax.churn.models.persistence.ModelStore;
import com.tutormax.churn.scoring.config.ChurnProperties;
import com.tutormax.churn.scoring.persistence.ClosedDayStore;
import com.tutormax.churn.scoring.persistence.TutorStore;
import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.events.ModelPromoted;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.BatchIntake;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Applies one consumed batch of one topic: bad records to the dead-letter topic, duplicates
 * (already processed event ids) skipped, the rest stored (profiles, closed days, open days, churn,
 * models; booked first sessions assessed) and their tutors marked for re-scoring, in one
 * transaction with the processed marks, so a redelivered batch changes nothing.
 */
@Service
public class ChurnIntake {

  private final BatchIntake intake;
  private final Duration timeout;
  private final TutorStore tutors;
  private final ClosedDayStore days;
  private final InterventionStore interventions;
  private final ModelStore models;
  private final FirstSessionRisks firstSessions;
  private final Clock clock;

  public ChurnIntake(
      BatchIntake intake,
      TutorStore tutors,
      ClosedDayStore days,
      InterventionStore interventions,
      ModelStore models,
      FirstSessionRisks firstSessions,
      Clock clock,
      ChurnProperties properties) {
    this.intake = intake;
    this.timeout = properties.writeTimeout();
    this.tutors = tutors;
    this.days = days;
    this.interventions = interventions;
    this.models = models;
    this.firstSessions = firstSessions;
    this.clock = clock;
  }

  /** Applies a batch of {@code type} events; blocks until committed and dead letters acked. */
  public void apply(
      List<ConsumerRecord<String, TutorMaxEvent>> batch, Class<? extends TutorMaxEvent> type) {
    intake.apply(
        batch,
        type,
        "churn-" + type.getSimpleName(),
        timeout,
        records -> store(records.stream().map(ConsumerRecord::value).toList()));
  }

  private Mono<Void> store(List<TutorMaxEvent> events) {
    if (events.isEmpty()) {
      return Mono.empty();
    }
    Instant now = clock.instant();
    List<TutorDayClosed> closed = ofType(events, TutorDayClosed.class);
    List<TutorDayClosed> open =
        ofType(events, PerformanceEvaluated.class).stream()
            .map(PerformanceEvaluated::openDay)
            .filter(Objects::nonNull)
            .toList();
    return tutors
        .registered(ofType(events, TutorRegistered.class), now)
        .then(tutors.performed(ofType(events, PerformanceEvaluated.class)))
        .then(interventions.updated(ofType(events, InterventionUpdated.class)))
        .then(models.promoted(ofType(events, ModelPromoted.class)))
        .then(firstSessions.promoted(ofType(events, FirstSessionModelPromoted.class), now))
        .then(firstSessions.booked(ofType(events, SessionBooked.class), now))
        .then(days.add(closed))
        .then(tutors.closed(closed, now))
        .then(tutors.opened(open, now))
        .then(tutors.churned(ofType(events, ChurnDetected.class)));
  }

  private static <T> List<T> ofType(List<TutorMaxEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
