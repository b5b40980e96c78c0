package com.tutormax.api.interventions.messaging;

import com.tutormax.api.interventions.persistence.InterventionStore;
import com.tutormax.api.interventions.service.AutomatedActions;
import com.tutormax.api.records.config.RecordsConfiguration;
import com.tutormax.api.records.service.RecordBatchWriter;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The interventions' intake: churn-service's recommendations into core.interventions, through the
 * records' batch writer (undecodable or unstorable records dead-lettered, duplicates skipped).
 */
@Component
class InterventionListener {

  static final String GROUP = "${spring.application.name}-interventions";

  /** A batch's automated actions wait no longer than this for the database. */
  private static final Duration EXECUTE_TIMEOUT = Duration.ofSeconds(60);

  private final RecordBatchWriter writer;
  private final InterventionStore interventions;
  private final AutomatedActions automated;

  InterventionListener(
      RecordBatchWriter writer, InterventionStore interventions, AutomatedActions automated) {
    this.writer = writer;
    this.interventions = interventions;
    this.automated = automated;
  }

  @KafkaListener(
      id = "interventions-recommended",
      topics = Topics.INTERVENTION_RECOMMENDATIONS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY,
      concurrency = "1")
  void recommended(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, interventions);
    // Stored first; then the automated ones run (once each: executed_at). A failure here fails
    // the batch, which is redelivered: stored rows are duplicates, pending actions run then.
    List<String> ids =
        batch.stream()
            .map(ConsumerRecord::value)
            .filter(v -> v instanceof InterventionRecommended r && r.automated())
            .map(v -> ((InterventionRecommended) v).recommendationId())
            .toList();
    automated.execute(ids).block(EXECUTE_TIMEOUT);
  }
}
