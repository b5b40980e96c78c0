package com.tutormax.common.backbone;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.common.outbox.OutboxWriter;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A minimal service on the backbone: lifecycle events in, one log row per event. */
@SpringBootApplication
public class BackboneTestApplication {

  /** The test app's one HTTP route is open; the fleet-wide rules close everything else. */
  @org.springframework.context.annotation.Bean
  com.tutormax.common.security.AccessRules backboneTestRules() {
    return rules -> rules.pathMatchers("/lifecycle/**").permitAll();
  }

  /** Applies lifecycle events idempotently; a reason of "poison" makes the handler fail. */
  @Component
  static class LifecycleLog {

    private final ProcessedEvents processed;
    private final DatabaseClient db;

    LifecycleLog(ProcessedEvents processed, DatabaseClient db) {
      this.processed = processed;
      this.db = db;
    }

    @KafkaListener(topics = Topics.LIFECYCLE)
    void on(ConsumerRecord<String, TutorMaxEvent> record) {
      TutorLifecycleChanged event = (TutorLifecycleChanged) record.value();
      processed
          .handleOnce(
              "backbone-test.lifecycle",
              EventRecords.eventId(record),
              () -> {
                if ("poison".equals(event.reason())) {
                  throw new IllegalStateException("handler refused poison for " + event.tutorId());
                }
                return db.sql(
                        "INSERT INTO lifecycle_log (tutor_id, change, reason) VALUES (:t, :c, :r)")
                    .bind("t", event.tutorId())
                    .bind("c", event.change().name())
                    .bind("r", event.reason() == null ? "" : event.reason())
                    .then();
              })
          .block();
    }
  }

  /** An HTTP entry that changes state through the outbox, to follow one trace across hops. */
  @RestController
  static class LifecycleApi {

    private final OutboxWriter outbox;
    private final TransactionalOperator transactions;

    LifecycleApi(OutboxWriter outbox, TransactionalOperator transactions) {
      this.outbox = outbox;
      this.transactions = transactions;
    }

    @PostMapping("/lifecycle/{tutorId}")
    Mono<Void> joined(@PathVariable String tutorId) {
      TutorLifecycleChanged event =
          new TutorLifecycleChanged(
              tutorId,
              TutorLifecycleChanged.Change.JOINED,
              Instant.now(),
              "http",
              DataSource.INGEST);
      return transactions.transactional(outbox.append(event)).then();
    }
  }
}
