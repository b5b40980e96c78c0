package com.tutormax.common.heartbeat;

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
