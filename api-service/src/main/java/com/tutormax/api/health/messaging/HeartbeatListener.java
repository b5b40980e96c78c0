package com.tutormax.api.health.messaging;

import com.tutormax.api.health.domain.HeartbeatRegistry;
import com.tutormax.common.events.Heartbeat;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every heartbeat. The group is per api instance, so each instance sees all of them; it
 * starts from the latest offset because only the newest beat of an instance matters.
 */
@Component
class HeartbeatListener {

  private final HeartbeatRegistry registry;
  private final Clock clock;

  HeartbeatListener(HeartbeatRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @KafkaListener(
      topics = Topics.HEARTBEATS,
      groupId = "${spring.application.name}-health-${tutormax.instance-id}",
      properties = "auto.offset.reset=latest")
  void on(ConsumerRecord<String, TutorMaxEvent> record) {
    if (record.value() instanceof Heartbeat beat) {
      registry.record(beat, clock.instant());
    }
  }
}
