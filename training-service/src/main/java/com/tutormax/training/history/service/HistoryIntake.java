package com.tutormax.training.history.service;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.validation.EventValidator;
import com.tutormax.training.history.config.TrainingProperties;
import com.tutormax.training.history.persistence.HistoryStore;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Keeps training's history from consumed batches (idempotent; bad records dead-lettered). */
@Service
public class HistoryIntake {

  private final BatchIntake intake;
  private final HistoryStore history;

  public HistoryIntake(
      ProcessedEvents processed,
      HistoryStore history,
      TransactionalOperator transactions,
      KafkaOperations<Object, Object> kafka,
      EventCounters counters,
      Clock clock,
      TrainingProperties properties) {
    this.intake =
        new BatchIntake(
            processed,
            transactions,
            kafka,
            counters,
            new EventValidator(clock),
            properties.writeTimeout());
    this.history = history;
  }

  public void apply(
      List<ConsumerRecord<String, TutorMaxEvent>> batch, Class<? extends TutorMaxEvent> type) {
    intake.apply(
        batch,
        type,
        "training-" + type.getSimpleName(),
        records -> store(records.stream().map(ConsumerRecord::value).toList()));
  }

  private Mono<Void> store(List<TutorMaxEvent> events) {
    return history
        .registered(ofType(events, TutorRegistered.class))
        .then(history.closed(ofType(events, TutorDayClosed.class)))
        .then(history.churned(ofType(events, ChurnDetected.class)));
  }

  private static <T> List<T> ofType(List<TutorMaxEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
