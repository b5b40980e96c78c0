package com.tutormax.infra.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

  private final Map<String, String> properties =
      KafkaServerProperties.of(Path.of("/data/.tutormax/kafka/data"), 19092, 19093);

  @Test
  void aSingleNodeThatIsBrokerAndController() {
    assertThat(properties)
        .containsEntry("process.roles", "broker,controller")
        .containsEntry("node.id", "1")
        .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
        .containsEntry("controller.listener.names", "CONTROLLER")
        .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
        .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
        .containsEntry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT")
        .containsEntry("log.dirs", "/data/.tutormax/kafka/data");
  }

  @Test
  void internalTopicsNeedOnlyOneReplicaAndGroupsStartAtOnce() {
    assertThat(properties)
        .containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("share.coordinator.state.topic.replication.factor", "1")
        .containsEntry("share.coordinator.state.topic.min.isr", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0");
  }

  @Test
  void rendersAPropertiesFileThatReadsBackTheSame() throws IOException {
    String text = KafkaServerProperties.render(properties);

    Properties read = new Properties();
    read.load(new StringReader(text));

    assertThat(text).startsWith("#").endsWith("\n").contains("\nnode.id=1\n");
    assertThat(read).hasSize(properties.size());
    properties.forEach((key, value) -> assertThat(read.getProperty(key)).isEqualTo(value));
  }

  @Test
  void portsFollowTheArguments() {
    Map<String, String> other = KafkaServerProperties.of(Path.of("/tmp/k"), 29092, 29093);

    assertThat(other.get("controller.quorum.voters")).isEqualTo("1@127.0.0.1:29093");
    assertThat(other.get("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:29092");
  }
}
