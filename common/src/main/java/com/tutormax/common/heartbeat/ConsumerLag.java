package com.tutormax.common.heartbeat;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Sum over partitions of (end offset − committed offset) for a consumer group. */
public class ConsumerLag {

  private static final long TIMEOUT_MS = 3_000;
  private final AdminClient admin;

  public ConsumerLag(AdminClient admin) {
    this.admin = admin;
  }

  public Map<String, Long> of(Set<String> groups) {
    Map<String, Long> lag = new HashMap<>();
    for (String group : groups) {
      try {
        lag.put(group, lagOf(group));
      } catch (Exception e) {
        lag.put(group, -1L);
      }
    }
    return lag;
  }

  /**
   * Per partition of {@code topics} ("topic-partition"): how many records the group has still to
   * read (end offset − committed offset; from the oldest record kept when it has committed nothing
   * there). Committed offsets trail processing by a batch, so this never says "read" too early.
   */
  public Map<String, Long> byPartition(String group, Collection<String> topics) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
        .forEach(
            (topic, description) ->
                description
                    .partitions()
                    .forEach(
                        p ->
                            latest.put(
                                new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    // Where the group starts on a partition it never committed: the oldest record kept.
    Map<TopicPartition, OffsetSpec> earliest =
        latest.keySet().stream()
            .filter(partition -> committed.get(partition) == null)
            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
        earliest.isEmpty()
            ? Map.of()
            : admin.listOffsets(earliest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<String, Long> lag = new HashMap<>();
    ends.forEach(
        (partition, end) -> {
          OffsetAndMetadata read = committed.get(partition);
          long position = read == null ? starts.get(partition).offset() : read.offset();
          lag.put(
              partition.topic() + "-" + partition.partition(),
              Math.max(0, end.offset() - position));
        });
    return lag;
  }

  long lagOf(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    if (committed.isEmpty()) {
      return 0;
    }
    Map<TopicPartition, OffsetSpec> latest =
        committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    long total = 0;
    for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      long end = ends.get(entry.getKey()).offset();
      total += Math.max(0, end - entry.getValue().offset());
    }
    return total;
  }
}
