package com.tutormax.api.ingest;

import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.testsupport.Infrastructure;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What reached a topic: its records by event id, and how many it holds in all. */
final class Published {

  private Published() {}

  /** Records ever written to the topic (the sum of its partitions' end offsets). */
  static long count(String topic) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Infrastructure.get().kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "count-" + UUID.randomUUID());
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  /** The record's event id; null for a record without one (other tests put raw bytes there). */
  static String eventId(ConsumerRecord<String, byte[]> record) {
    return EventRecords.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
  }

  /** The {@code count} records of the topic carrying one of these event ids. */
  static List<ConsumerRecord<String, byte[]>> withEventIds(
      String topic, List<String> eventIds, int count) {
    return TopicProbe.awaitAll(
        topic,
        Duration.ofSeconds(30),
        r -> eventId(r) != null && eventIds.contains(eventId(r)),
        count);
  }
}
