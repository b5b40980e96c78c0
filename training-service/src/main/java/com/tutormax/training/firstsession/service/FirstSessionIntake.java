package com.tutormax.training.firstsession.service;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.training.firstsession.persistence.FirstSessionStore;
import com.tutormax.training.history.config.TrainingProperties;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps what the first-session model needs from consumed batches of sessions, feedback and students
 * (idempotent; bad records dead-lettered), as the history intake does.
 */
@Service
public class FirstSessionIntake {

  private final BatchIntake intake;
  private final Duration timeout;
  private final FirstSessionStore store;

  public FirstSessionIntake(
      BatchIntake intake, FirstSessionStore store, TrainingProperties properties) {
    this.intake = intake;
    this.timeout = properties.writeTimeout();
    this.store = store;
  }

  public void apply(
      List<ConsumerRecord<String, TutorMaxEvent>> batch, Class<? extends TutorMaxEvent> type) {
    intake.apply(
        batch,
        type,
        "training-" + type.getSimpleName(),
        timeout,
        records -> store(records.stream().map(ConsumerRecord::value).toList()));
  }

  private Mono<Void> store(List<TutorMaxEvent> events) {
    return store
        .sessions(ofType(events, SessionRecorded.class))
        .then(store.ratings(ofType(events, FeedbackSubmitted.class)))
        .then(store.students(ofType(events, StudentRegistered.class)));
  }

  private static <T> List<T> ofType(List<TutorMaxEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
