package com.tutormax.infra.launcher.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.launcher.FleetPorts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

  private final BackingUrls backing =
      new BackingUrls(
          "postgresql://tutormax:tutormax@127.0.0.1:54329/tutormax",
          "redis://127.0.0.1:63799",
          "127.0.0.1:19092");

  @Test
  void connectionsPortAndKey() {
    Map<String, String> env =
        ServiceEnvironment.of(
            FleetService.CHURN, Map.of("PATH", "/usr/bin"), backing, FleetPorts.defaults(), "k3y");

    assertThat(env)
        .containsEntry("DATABASE_URL", "postgresql://tutormax:tutormax@127.0.0.1:54329/tutormax")
        .containsEntry("REDIS_URL", "redis://127.0.0.1:63799")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
        .containsEntry("PORT", "8084")
        .containsEntry("SECRET_KEY", "k3y")
        .containsEntry("LOG_LEVEL", "INFO")
        .containsEntry("KAFKA_TOPIC_PARTITIONS", "3")
        .containsEntry("PATH", "/usr/bin");
  }

  @Test
  void everyServiceUrlForTheGateway() {
    Map<String, String> env =
        ServiceEnvironment.of(
            FleetService.GATEWAY, Map.of(), backing, FleetPorts.fromBase(20000), "k");

    assertThat(env)
        .containsEntry("PORT", "20000")
        .containsEntry("API_SERVICE_URL", "http://localhost:20001")
        .containsEntry("GENERATION_SERVICE_URL", "http://localhost:20002")
        .containsEntry("EVALUATION_SERVICE_URL", "http://localhost:20003")
        .containsEntry("CHURN_SERVICE_URL", "http://localhost:20004")
        .containsEntry("TRAINING_SERVICE_URL", "http://localhost:20005")
        .containsEntry("SCHEDULER_SERVICE_URL", "http://localhost:20006");
  }

  @Test
  void theLaunchersLogLevelAndPartitionsWinButNotItsPort() {
    Map<String, String> env =
        ServiceEnvironment.of(
            FleetService.API,
            Map.of("LOG_LEVEL", "DEBUG", "KAFKA_TOPIC_PARTITIONS", "12", "PORT", "1"),
            backing,
            FleetPorts.defaults(),
            "k");

    assertThat(env)
        .containsEntry("LOG_LEVEL", "DEBUG")
        .containsEntry("KAFKA_TOPIC_PARTITIONS", "12")
        .containsEntry("PORT", "8081");
  }
}
