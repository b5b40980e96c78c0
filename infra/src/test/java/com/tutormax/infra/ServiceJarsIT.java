package com.tutormax.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.testsupport.Infrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jars as an operator runs them: all seven start as separate processes against real
 * PostgreSQL, Redis and Kafka, apply their migrations and report ready; they stop cleanly on
 * SIGTERM; the db commands work on a jar; production refuses to start without SECRET_KEY.
 */
class ServiceJarsIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static Map<String, String> environment() {
    Infrastructure infra = Infrastructure.get();
    Infrastructure.Postgres pg = infra.postgres();
    Map<String, String> env = new HashMap<>();
    env.put(
        "DATABASE_URL",
        "postgresql://"
            + pg.username()
            + ":"
            + pg.password()
            + "@"
            + pg.host()
            + ":"
            + pg.port()
            + "/"
            + pg.database());
    env.put("REDIS_URL", infra.redisUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
    env.put("KAFKA_TOPIC_PARTITIONS", "2");
    env.put("LOG_LEVEL", "INFO");
    return env;
  }

  @Test
  void allSevenServicesStartMigrateReportReadyAndStopCleanly() throws Exception {
    Map<String, Process> processes = new LinkedHashMap<>();
    Map<String, Integer> ports = new LinkedHashMap<>();
    Path logs = ServiceJar.logDir();
    java.nio.file.Files.createDirectories(logs);
    try {
      for (String service : ServiceJar.SERVICES) {
        int port = freePort();
        Map<String, String> env = environment();
        env.put("PORT", Integer.toString(port));
        ServiceJar jar = ServiceJar.of(service);
        processes.put(service, jar.command(env, logs.resolve(service + ".log")).start());
        ports.put(service, port);
      }
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      for (String service : ServiceJar.SERVICES) {
        awaitReady(service, ports.get(service), processes.get(service), deadline);
      }
      HttpResponse<String> dashboard = get(ports.get("gateway-service"), "/");
      assertThat(dashboard.statusCode()).isEqualTo(200);
      assertThat(dashboard.body()).contains("TutorMax");
    } finally {
      for (Map.Entry<String, Process> entry : processes.entrySet()) {
        entry.getValue().destroy();
      }
      for (Map.Entry<String, Process> entry : processes.entrySet()) {
        boolean exited = entry.getValue().waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
          entry.getValue().destroyForcibly();
        }
        assertThat(exited).as("%s stopped within 30 s of SIGTERM", entry.getKey()).isTrue();
      }
    }
  }

  private void awaitReady(String service, int port, Process process, Instant deadline)
      throws Exception {
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("%s is running (see target/service-logs)", service).isTrue();
      try {
        HttpResponse<String> response = get(port, "/actuator/health/readiness");
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(500);
    }
    throw new AssertionError(service + " was not ready within " + START_TIMEOUT);
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void migrationCommandsWorkOnABuiltJar() throws Exception {
    ServiceJar api = ServiceJar.of("api-service");
    Map<String, String> env = environment();
    Path logs = ServiceJar.logDir();

    ServiceJar.Result update = api.run(env, logs, "db", "update");
    assertThat(update.exitCode()).as(update.output()).isZero();
    assertThat(update.output()).contains("schema core: applied");

    ServiceJar.Result rollback = api.run(env, logs, "db", "rollback", "1");
    assertThat(rollback.exitCode()).as(rollback.output()).isZero();
    assertThat(rollback.output()).contains("schema core: rolled back 1 changeset(s)");

    ServiceJar.Result status = api.run(env, logs, "db", "status");
    assertThat(status.exitCode()).as(status.output()).isZero();
    assertThat(status.output()).contains("[pending]").contains("[applied]");

    ServiceJar.Result again = api.run(env, logs, "db", "update");
    assertThat(again.output()).contains("schema core: applied 1 changeset(s)");

    ServiceJar.Result history = api.run(env, logs, "db", "history");
    assertThat(history.exitCode()).as(history.output()).isZero();
    assertThat(history.output())
        .contains("backbone-1-outbox")
        .contains("backbone-2-processed-events");

    ServiceJar.Result wrong = api.run(env, logs, "db", "sideways");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.output()).contains("usage: db status");
  }

  @Test
  void productionRefusesToStartWithoutSecretKey() throws Exception {
    Map<String, String> env = environment();
    env.put("SPRING_PROFILES_ACTIVE", "production");
    env.remove("SECRET_KEY");
    env.put("PORT", Integer.toString(freePort()));
    ServiceJar.Result result =
        ServiceJar.of("churn-service").run(env, ServiceJar.logDir(), "--production-check");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("SECRET_KEY");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
