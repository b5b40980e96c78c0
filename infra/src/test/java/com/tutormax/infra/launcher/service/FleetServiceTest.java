package com.tutormax.infra.launcher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.infra.launcher.FleetPorts;
import org.junit.jupiter.api.Test;

class FleetServiceTest {

  @Test
  void foundByNameOrShortName() {
    assertThat(FleetService.named("churn-service")).isEqualTo(FleetService.CHURN);
    assertThat(FleetService.named("churn")).isEqualTo(FleetService.CHURN);
    assertThat(FleetService.named("GATEWAY")).isEqualTo(FleetService.GATEWAY);
    assertThatThrownBy(() -> FleetService.named("kafka")).hasMessageContaining("kafka");
  }

  @Test
  void theDefaultPortsAre8080To8086() {
    FleetPorts ports = FleetPorts.defaults();

    assertThat(ports.service(FleetService.GATEWAY)).isEqualTo(8080);
    assertThat(ports.service(FleetService.API)).isEqualTo(8081);
    assertThat(ports.service(FleetService.SCHEDULER)).isEqualTo(8086);
    assertThat(ports.postgres()).isEqualTo(54329);
    assertThat(ports.redis()).isEqualTo(63799);
    assertThat(ports.kafka()).isEqualTo(19092);
    assertThat(ports.kafkaController()).isEqualTo(19093);
  }

  @Test
  void aBlockFromABaseIsConsecutiveAndDistinct() {
    FleetPorts ports = FleetPorts.fromBase(21000);

    assertThat(ports.all())
        .hasSize(FleetPorts.BLOCK_SIZE)
        .doesNotHaveDuplicates()
        .allMatch(p -> p >= 21000 && p < 21000 + FleetPorts.BLOCK_SIZE);
  }
}
