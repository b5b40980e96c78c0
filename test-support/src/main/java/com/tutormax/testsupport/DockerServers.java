package com.tutormax.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Servers in containers, where a Docker engine is available (GitHub's runners, developer laptops).
 */
final class DockerServers implements InfrastructureHolder.Servers {

  static boolean available() {
    // Skip the Docker probe (and its error log) where no engine can be reached at all.
    boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
    String host = System.getenv("DOCKER_HOST");
    if (!socket && (host == null || host.isBlank())) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @Override
  public String name() {
    return "testcontainers";
  }

  @Override
  @SuppressWarnings("resource")
  public Infrastructure.Postgres postgres() {
    PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:17"));
    postgres.start();
    return new Infrastructure.Postgres(
        postgres.getHost(),
        postgres.getFirstMappedPort(),
        postgres.getDatabaseName(),
        postgres.getUsername(),
        postgres.getPassword());
  }

  @Override
  @SuppressWarnings("resource")
  public String redisUrl() {
    GenericContainer<?> redis =
        new GenericContainer<>(DockerImageName.parse("redis:7")).withExposedPorts(6379);
    redis.start();
    return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
  }

  @Override
  @SuppressWarnings("resource")
  public String kafkaBootstrapServers() {
    KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.2"));
    kafka.start();
    return kafka.getBootstrapServers();
  }
}
