package com.tutormax.infra.launcher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarsTest {

  @TempDir Path root;

  @Test
  void findsTheBootJarAndIgnoresTheOthers() throws Exception {
    Path target = Files.createDirectories(root.resolve("churn-service/target"));
    Files.createFile(target.resolve("churn-service-0.1.0-SNAPSHOT.jar"));
    Files.createFile(target.resolve("churn-service-0.1.0-SNAPSHOT.jar.original"));
    Files.createFile(target.resolve("churn-service-0.1.0-SNAPSHOT-sources.jar"));

    ServiceJars jars = new ServiceJars(root);

    assertThat(jars.find(FleetService.CHURN))
        .contains(target.resolve("churn-service-0.1.0-SNAPSHOT.jar"));
    assertThat(jars.missing()).doesNotContain(FleetService.CHURN).contains(FleetService.API);
    assertThatThrownBy(() -> jars.require(FleetService.API))
        .hasMessageContaining("./mvnw -DskipTests package");
  }

  @Test
  void jarNames() {
    assertThat(ServiceJars.isServiceJar("api-service-0.1.0-SNAPSHOT.jar", "api-service-")).isTrue();
    assertThat(ServiceJars.isServiceJar("api-service-0.1.0-SNAPSHOT-tests.jar", "api-service-"))
        .isFalse();
    assertThat(ServiceJars.isServiceJar("api-service.log", "api-service-")).isFalse();
  }
}
