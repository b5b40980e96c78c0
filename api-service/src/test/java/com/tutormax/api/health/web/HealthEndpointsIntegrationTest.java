package com.tutormax.api.health.web;

import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.Heartbeat;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The guide's health endpoints on real PostgreSQL, Redis and Kafka, fed by real heartbeats. */
@ServiceIntegrationTest
@TestPropertySource(properties = "tutormax.health.stale-after=3s")
class HealthEndpointsIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired org.springframework.security.oauth2.jwt.JwtEncoder encoder;

  /** An ops manager's access token, signed by this service's key. */
  private String opsToken() {
    var claims =
        org.springframework.security.oauth2.jwt.JwtClaimsSet.builder()
            .issuer("tutormax")
            .subject(java.util.UUID.randomUUID().toString())
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(600))
            .claim("roles", java.util.List.of("OPS_MANAGER"))
            .build();
    var header =
        org.springframework.security.oauth2.jwt.JwsHeader.with(
                org.springframework.security.oauth2.jose.jws.MacAlgorithm.HS256)
            .build();
    return encoder
        .encode(org.springframework.security.oauth2.jwt.JwtEncoderParameters.from(header, claims))
        .getTokenValue();
  }

  @Test
  void healthAndDependencyChecksReportRealServers() {
    web.get()
        .uri("/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.service")
        .isEqualTo("api-service")
        .jsonPath("$.checks.database.status")
        .isEqualTo("UP")
        .jsonPath("$.checks.redis.status")
        .isEqualTo("UP")
        .jsonPath("$.checks.kafka.status")
        .isEqualTo("UP")
        .jsonPath("$.fleet")
        .isEqualTo("DEGRADED");
    for (String dependency : new String[] {"database", "redis", "kafka"}) {
      web.get()
          .uri("/api/health/" + dependency)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.name")
          .isEqualTo(dependency)
          .jsonPath("$.status")
          .isEqualTo("UP")
          .jsonPath("$.latencyMs")
          .isNumber();
    }
    web.get().uri("/api/health/nothing").exchange().expectStatus().isNotFound();
  }

  @Test
  void aServiceIsUpWhileItBeatsAndDownSoonAfterItStops() {
    // Beat until seen: the listener starts from the latest offset once its partitions are assigned.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              publisher.publish(beat("churn-service", "churn-x", 5)).block();
              web.get()
                  .uri("/api/workers/health")
                  .exchange()
                  .expectBody()
                  .jsonPath("$.services[?(@.name=='churn-service')].status")
                  .isEqualTo("UP")
                  .jsonPath("$.services[?(@.name=='churn-service')].instances")
                  .isEqualTo(1);
            });
    web.get()
        .uri("/api/workers/dashboard")
        .headers(h -> h.setBearerAuth(opsToken()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.services[?(@.name=='churn-service')].instanceDetails[0].instanceId")
        .isEqualTo("churn-x");
    web.get()
        .uri("/api/workers/stats")
        .headers(h -> h.setBearerAuth(opsToken()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.services[?(@.name=='churn-service')].processedToday")
        .isEqualTo(5)
        .jsonPath("$.processedToday")
        .isNumber();
    // No more beats: down after the stale period, and the fleet is degraded.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                web.get()
                    .uri("/api/workers/health")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("DEGRADED")
                    .jsonPath("$.services[?(@.name=='churn-service')].status")
                    .isEqualTo("DOWN"));
  }

  @Test
  void detailedViewsNeedAnOpsOrAdminRole() {
    web.get().uri("/api/workers/dashboard").exchange().expectStatus().isUnauthorized();
    web.get().uri("/api/workers/stats").exchange().expectStatus().isUnauthorized();
    web.get().uri("/api/workers/health").exchange().expectStatus().isOk();
  }

  @Test
  void responseShapesAreDocumentedInOpenApi() {
    // springdoc builds the document on its first call, which on a busy build machine takes longer
    // than the client's default 5 s.
    web.mutate()
        .responseTimeout(Duration.ofSeconds(30))
        .build()
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/workers/health'].get")
        .exists()
        .jsonPath("$.paths['/api/workers/stats'].get")
        .exists()
        .jsonPath("$.components.schemas.FleetHealth.properties.services")
        .exists()
        .jsonPath("$.components.schemas.ServiceHealth.properties.consumerLag")
        .exists();
  }

  private static Heartbeat beat(String service, String instance, long processedToday) {
    Instant now = Instant.now();
    return new Heartbeat(
        service,
        instance,
        "test",
        now.minusSeconds(60),
        60,
        "UP",
        Map.of("kafka", "UP", "r2dbc", "UP"),
        Map.of(service, 0L),
        processedToday,
        0,
        processedToday,
        0,
        1.5,
        now);
  }
}
