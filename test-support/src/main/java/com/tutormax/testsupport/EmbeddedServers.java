package com.tutormax.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import redis.embedded.RedisServer;

/** Real servers run from jars: PostgreSQL binaries, redis-server and a KRaft Kafka broker. */
final class EmbeddedServers implements InfrastructureHolder.Servers {

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public Infrastructure.Postgres postgres() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
      return new Infrastructure.Postgres(
          "localhost", postgres.getPort(), "postgres", "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  @Override
  public String redisUrl() {
    try {
      int port = freePort();
      RedisServer redis =
          RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
      redis.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(redis)));
      return "redis://127.0.0.1:" + port;
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded Redis did not start", e);
    }
  }

  @Override
  public String kafkaBootstrapServers() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2);
    broker.brokerProperties(
        Map.of(
            "auto.create.topics.enable", "true",
            "group.initial.rebalance.delay.ms", "0",
            "log.flush.interval.messages", "1000000"));
    broker.afterPropertiesSet();
    // No shutdown hook for the broker: it lives in this JVM and ends with it. Stopping it in a hook
    // races Spring's own hook, and the test contexts' clients then wait out their close timeouts.
    return broker.getBrokersAsString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // The JVM is exiting.
    }
  }

  private static void stopQuietly(RedisServer redis) {
    try {
      redis.stop();
    } catch (IOException ignored) {
      // The JVM is exiting.
    }
  }
}
