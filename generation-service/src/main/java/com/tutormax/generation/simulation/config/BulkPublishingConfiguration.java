package com.tutormax.generation.simulation.config;

import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.kafka.EventPublisher;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The generator's own producer: large batches and compression for backfills of hundreds of
 * thousands of events, and no per-record observation (a generated event has no request to trace; a
 * span per record halved the backfill rate). Same idempotent, acks=all settings otherwise.
 */
@Configuration(proxyBeanMethods = false)
class BulkPublishingConfiguration {

  @Bean
  EventPublisher bulkEventPublisher(
      ProducerFactory<Object, Object> producerFactory, TutorMaxProperties properties) {
    KafkaTemplate<Object, Object> template =
        new KafkaTemplate<>(
            producerFactory,
            Map.of(
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.BUFFER_MEMORY_CONFIG,
                64L * 1024 * 1024));
    template.setObservationEnabled(false);
    return new EventPublisher(template, properties.serviceName());
  }
}
