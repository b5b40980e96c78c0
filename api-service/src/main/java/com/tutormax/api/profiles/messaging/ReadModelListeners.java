package com.tutormax.api.profiles.messaging;

import com.tutormax.api.profiles.persistence.PerformanceReadModel;
import com.tutormax.api.profiles.persistence.PredictionReadModel;
import com.tutormax.api.records.config.RecordsConfiguration;
import com.tutormax.api.records.service.RecordBatchWriter;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The read models' intake: evaluation-service's performance and churn-service's predictions,
 * through the records' batch writer (large polls, one statement per batch, bad records
 * dead-lettered). A group of its own, so a backfill of read models never holds up the records.
 */
@Component
class ReadModelListeners {

  static final String GROUP = "${spring.application.name}-read-models";

  private final RecordBatchWriter writer;
  private final PerformanceReadModel performance;
  private final PredictionReadModel predictions;

  ReadModelListeners(
      RecordBatchWriter writer, PerformanceReadModel performance, PredictionReadModel predictions) {
    this.writer = writer;
    this.performance = performance;
    this.predictions = predictions;
  }

  @KafkaListener(
      id = "read-models-performance",
      topics = Topics.PERFORMANCE,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY)
  void performance(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, performance);
  }

  @KafkaListener(
      id = "read-models-predictions",
      topics = Topics.CHURN_PREDICTIONS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY)
  void predictions(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, predictions);
  }
}
