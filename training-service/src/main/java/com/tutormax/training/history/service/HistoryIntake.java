package com.tutormax.training.history.service;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.training.firstsession.persistence.FirstSessionStore;
import com.tutormax.training.history.config.TrainingProperties;
import com.tutormax.training.history.persistence.HistoryStore;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps training's history from consumed batches (idempotent; bad records dead-lettered): the churn
 * models' (registrations, closed days, detected churns) and the first-session model's (first
 * sessions, their ratings, students' ages).
 */
@Service
public class HistoryIntake {

  private final BatchIntake intake;
  private final Duration timeout;
  private final HistoryStore history;
  private final FirstSessionStore firstSessions;

  public HistoryIntake(
      BatchIntake intake,
      HistoryStore history,
      FirstSessionStore firstSessions,
      TrainingProperties properties) {
    this.intake = intake;
    this.timeout = properties.writeTimeout();
    this.history = history;
    this.firstSessions = firstSessions;
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
    return history
        .registered(ofType(events, TutorRegistered.class))
        .then(history.closed(ofType(events, TutorDayClosed.class)))
        .then(history.churned(ofType(events, ChurnDetected.class)))
        .then(firstSessions.sessions(ofType(events, SessionRecorded.class)))
        .then(firstSessions.ratings(ofType(events, FeedbackSubmitted.class)))
        .then(firstSessions.students(ofType(events, StudentRegistered.class)));
  }

  private static <T> List<T> ofType(List<TutorMaxEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
