package com.tutormax.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.db.Migrations;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.Heartbeat;
import com.tutormax.common.events.Topics;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service must do on real infrastructure: migrate its own schema at start (and roll it
 * all back and forward again), report readiness with its dependencies, serve metrics and OpenAPI,
 * publish heartbeats, and give every route exactly the access of its declared matrix (the module's
 * src/test/resources/access-matrix.txt). Each service's integration test extends this.
 */
public abstract class ServiceBaselineTests extends AccessMatrixTests {
  @Autowired protected TutorMaxProperties properties;
  @Autowired protected DatabaseClient db;

  private final String serviceName;
  private final String schema;
  private final boolean usesRedis;

  /**
   * @param serviceName spring.application.name
   * @param schema the PostgreSQL schema the service owns
   * @param usesRedis whether readiness must include Redis
   */
  protected ServiceBaselineTests(String serviceName, String schema, boolean usesRedis) {
    this.serviceName = serviceName;
    this.schema = schema;
    this.usesRedis = usesRedis;
  }

  protected String serviceName() {
    return serviceName;
  }

  protected String schema() {
    return schema;
  }

  protected boolean usesRedis() {
    return usesRedis;
  }

  @Test
  void identityAndSchemaAreTheServices() {
    assertThat(properties.serviceName()).isEqualTo(serviceName());
    assertThat(properties.db().schema()).isEqualTo(schema());
  }

  @Test
  void migrationsCreatedTheBackboneTablesInTheServiceSchema() {
    List<String> tables =
        db.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
            .bind("schema", schema())
            .map(row -> row.get("table_name", String.class))
            .all()
            .collectList()
            .block();
    assertThat(tables).contains("outbox", "processed_events", "databasechangelog");
  }

  @Test
  void everyChangesetRollsBackAndReappliesCleanly() {
    TutorMaxProperties.Db own = properties.db();
    Migrations scratch =
        new Migrations(
            new TutorMaxProperties.Db(
                own.host(),
                own.port(),
                own.name(),
                own.username(),
                own.password(),
                own.sslMode(),
                schema() + "_roundtrip",
                own.changelog()));
    int changesets = scratch.update();
    assertThat(changesets).isPositive();
    assertThat(scratch.rollbackAll()).isEqualTo(changesets);
    assertThat(scratch.status()).noneMatch(Migrations.Change::applied);
    assertThat(scratch.update()).isEqualTo(changesets);
    assertThat(scratch.history()).hasSize(changesets);
  }

  @Test
  void readinessIncludesDatabaseKafkaAndRedisWhereUsed() {
    WebTestClient.BodyContentSpec body =
        web.get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP")
            .jsonPath("$.components.r2dbc.status")
            .isEqualTo("UP")
            .jsonPath("$.components.kafka.status")
            .isEqualTo("UP");
    if (usesRedis()) {
      body.jsonPath("$.components.redis.status").isEqualTo("UP");
    }
    web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
  }

  @Test
  void prometheusMetricsIncludeTheBackbone() {
    web.get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            text ->
                assertThat(text)
                    .contains("tutormax_outbox_backlog")
                    .contains("jvm_memory_used_bytes")
                    .contains("service=\"" + serviceName() + "\""));
  }

  @Test
  void corsAllowsConfiguredOriginsOnly() {
    web.options()
        .uri("/actuator/health")
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "GET")
        .exchange()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
    web.options()
        .uri("/actuator/health")
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void openApiIsServed() {
    // The first call builds the document (about a second, far more on a loaded machine).
    web.mutate()
        .responseTimeout(java.time.Duration.ofSeconds(30))
        .build()
        .get()
        .uri("/v3/api-docs")
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.openapi")
        .exists();
  }

  @Test
  void heartbeatsArePublished() {
    var record =
        TopicProbe.await(
            Topics.HEARTBEATS, Duration.ofSeconds(30), r -> serviceName().equals(r.key()));
    Heartbeat beat = EventJson.read(record.value(), Heartbeat.class);
    assertThat(beat.service()).isEqualTo(serviceName());
    assertThat(beat.dependencies()).containsKeys("r2dbc", "kafka");
    if (usesRedis()) {
      assertThat(beat.dependencies()).containsKey("redis");
    }
  }
}
