package com.tutormax.common.kafka;

import com.tutormax.common.events.EventCatalog;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.EventType;
import com.tutormax.common.events.TutorMaxEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import reactor.core.publisher.Mono;

/**
 * Publishes contract events with their headers through the idempotent producer. State changes go
 * through the outbox instead; this is for the relay and for events that are not state (heartbeats,
 * deterministic generator output).
 */
public class EventPublisher {

  private final KafkaTemplate<Object, Object> template;
  private final String producer;

  public EventPublisher(KafkaTemplate<Object, Object> template, String producer) {
    this.template = template;
    this.producer = producer;
  }

  public Mono<RecordMetadata> publish(TutorMaxEvent event) {
    return publish(event, UUID.randomUUID());
  }

  public Mono<RecordMetadata> publish(TutorMaxEvent event, UUID eventId) {
    return Mono.fromFuture(() -> send(event, eventId)).map(SendResult::getRecordMetadata);
  }

  /** Sends now, on the caller's thread (which keeps the caller's trace as parent). */
  public CompletableFuture<SendResult<Object, Object>> send(TutorMaxEvent event, UUID eventId) {
    EventType<?> type = EventCatalog.of(event);
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_TYPE, bytes(type.name()));
    headers.add(EventHeaders.EVENT_ID, bytes(eventId.toString()));
    headers.add(EventHeaders.PRODUCER, bytes(producer));
    headers.add(EventHeaders.SCHEMA_VERSION, bytes(Integer.toString(type.schemaVersion())));
    return template.send(new ProducerRecord<>(type.topic(), null, event.key(), event, headers));
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
