package com.tutormax.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, outside any consumer group, until a record matches. */
public final class TopicProbe {

  private TopicProbe() {}

  public static ConsumerRecord<String, byte[]> await(
      String topic, Duration timeout, Predicate<ConsumerRecord<String, byte[]>> match) {
    List<ConsumerRecord<String, byte[]>> found = awaitAll(topic, timeout, match, 1);
    return found.get(0);
  }

  /** Waits for {@code count} matching records and returns them in partition order. */
  public static List<ConsumerRecord<String, byte[]>> awaitAll(
      String topic, Duration timeout, Predicate<ConsumerRecord<String, byte[]>> match, int count) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Infrastructure.get().kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "probe-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      Instant deadline = Instant.now().plus(timeout);
      while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
        consumer
            .partitionsFor(topic, Duration.ofSeconds(5))
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (match.test(record)) {
            matched.add(record);
            if (matched.size() == count) {
              return matched;
            }
          }
        }
      }
      throw new AssertionError(
          "Found "
              + matched.size()
              + " of "
              + count
              + " matching records on "
              + topic
              + " in "
              + timeout);
    }
  }
}
