package com.tutormax.testsupport;

import java.net.URI;
import java.util.Optional;

/** Lazily resolves the shared infrastructure once per JVM (the holder idiom). */
final class InfrastructureHolder {

  static final String POSTGRES_URL = "TUTORMAX_TEST_POSTGRES_URL";
  static final String REDIS_URL = "TUTORMAX_TEST_REDIS_URL";
  static final String KAFKA_BOOTSTRAP = "TUTORMAX_TEST_KAFKA_BOOTSTRAP_SERVERS";

  static final Infrastructure INSTANCE = resolve();

  private InfrastructureHolder() {}

  private static Infrastructure resolve() {
    Servers servers = DockerServers.available() ? new DockerServers() : new EmbeddedServers();
    Infrastructure.Postgres postgres =
        env(POSTGRES_URL).map(InfrastructureHolder::parsePostgres).orElseGet(servers::postgres);
    String redis = env(REDIS_URL).orElseGet(servers::redisUrl);
    String kafka = env(KAFKA_BOOTSTRAP).orElseGet(servers::kafkaBootstrapServers);
    System.out.printf(
        "TutorMax test infrastructure (%s): postgres %s, redis %s, kafka %s%n",
        servers.name(), postgres.jdbcUrl(), redis, kafka);
    return new Infrastructure(postgres, redis, kafka);
  }

  private static Optional<String> env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  static Infrastructure.Postgres parsePostgres(String url) {
    URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
    String[] user =
        uri.getUserInfo() == null ? new String[] {"postgres", ""} : uri.getUserInfo().split(":", 2);
    return new Infrastructure.Postgres(
        uri.getHost(),
        uri.getPort() > 0 ? uri.getPort() : 5432,
        uri.getPath().replaceFirst("^/", ""),
        user[0],
        user.length > 1 ? user[1] : "");
  }

  /** A source of the three servers, each started on first use. */
  interface Servers {
    String name();

    Infrastructure.Postgres postgres();

    String redisUrl();

    String kafkaBootstrapServers();
  }
}
