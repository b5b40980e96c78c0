package com.tutormax.api.interventions.messaging;

import com.tutormax.api.interventions.persistence.InterventionStore;
import com.tutormax.api.records.config.RecordsConfiguration;
import com.tutormax.api.records.service.RecordBatchWriter;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
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

  private final RecordBatchWriter writer;
  private final InterventionStore interventions;

  InterventionListener(RecordBatchWriter writer, InterventionStore interventions) {
    this.writer = writer;
    this.interventions = interventions;
  }

  @KafkaListener(
      id = "interventions-recommended",
      topics = Topics.INTERVENTION_RECOMMENDATIONS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY,
      concurrency = "1")
  void recommended(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, interventions);
  }
}
