package com.tutormax.common.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every TutorMax service shares. Defaults live in {@code tutormax-defaults.yml}; the
 * deployment guide's environment variables (DATABASE_URL, POSTGRES_*, SECRET_KEY, CORS_ORIGINS…)
 * feed them.
 */
@ConfigurationProperties("tutormax")
public record TutorMaxProperties(
    String serviceName,
    String instanceId,
    String version,
    Db db,
    Kafka kafka,
    Outbox outbox,
    Heartbeat heartbeat,
    Security security,
    List<String> corsOrigins) {

  /** PostgreSQL: one schema per service, migrated by Liquibase over JDBC at start. */
  public record Db(
      String host,
      int port,
      String name,
      String username,
      String password,
      String sslMode,
      String schema,
      String changelog) {

    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?sslmode=" + sslMode;
    }
  }

  /** Topic layout and consumer retry policy before a record goes to its dead-letter topic. */
  public record Kafka(
      int partitions, short replicationFactor, int retryAttempts, Duration retryBackoff) {}

  /** The outbox relay's polling rhythm. */
  public record Outbox(Duration pollInterval, int batchSize) {}

  /** How often the service says it is alive. */
  public record Heartbeat(Duration interval, boolean enabled) {}

  /** SECRET_KEY signs JWTs; required in production. */
  public record Security(String secretKey) {}
}
