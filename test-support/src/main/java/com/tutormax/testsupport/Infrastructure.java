package com.tutormax.testsupport;

/**
 * Where the real servers of a test run live. Resolved once per JVM and shared by every test in it:
 * from explicit environment URLs, else Testcontainers when a Docker engine answers, else embedded
 * servers (zonky PostgreSQL, redis-server, spring-kafka's KRaft broker). Integration tests never
 * skip for lack of Docker.
 */
public record Infrastructure(Postgres postgres, String redisUrl, String kafkaBootstrapServers) {

  /** A PostgreSQL server and database tests may create schemas in. */
  public record Postgres(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }

  public static Infrastructure get() {
    return InfrastructureHolder.INSTANCE;
  }
}
