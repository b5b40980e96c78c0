package com.tutormax.api.live.messaging;

import com.tutormax.api.live.config.LiveConfiguration;
import com.tutormax.api.live.service.LivePublisher;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the changes the dashboard shows live. One group for all instances: each record is taken by
 * one of them, which publishes its pushes for every instance to relay.
 */
@Component
class LiveEventListener {

  static final String GROUP = "${spring.application.name}-live";

  private final LivePublisher publisher;

  LiveEventListener(LivePublisher publisher) {
    this.publisher = publisher;
  }

  @KafkaListener(
      id = "live-push",
      topics = {
        Topics.CHURN_PREDICTIONS,
        Topics.INTERVENTION_RECOMMENDATIONS,
        Topics.INTERVENTION_UPDATES
      },
      groupId = GROUP,
      containerFactory = LiveConfiguration.LISTENER_FACTORY,
      autoStartup = "${tutormax.live.consume:true}",
      concurrency = "1")
  void changes(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    publisher.publish(batch.stream().map(ConsumerRecord::value).toList());
  }
}
