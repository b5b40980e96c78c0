package com.tutormax.infra.system;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records each dead-letter topic (*.DLT) of a fleet's broker holds. */
final class DeadLetters {

  private DeadLetters() {}

  static Map<String, Long> count(String bootstrapServers) throws Exception {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      var topics =
          admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
              .filter(t -> t.endsWith(".DLT"))
              .toList();
      Map<String, Long> counts = new TreeMap<>();
      if (topics.isEmpty()) {
        return counts;
      }
      var partitions =
          admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
              .flatMap(
                  d ->
                      d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
              .toList();
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest =
          admin
              .listOffsets(
                  partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
              .all()
              .get(30, TimeUnit.SECONDS);
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest =
          admin
              .listOffsets(
                  partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
              .all()
              .get(30, TimeUnit.SECONDS);
      for (TopicPartition p : partitions) {
        counts.merge(p.topic(), latest.get(p).offset() - earliest.get(p).offset(), Long::sum);
      }
      return counts;
    }
  }
}
