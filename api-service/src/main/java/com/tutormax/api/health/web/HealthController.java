package com.tutormax.api.health.web;

import com.tutormax.api.health.config.HealthProperties;
import com.tutormax.api.health.domain.FleetHealth;
import com.tutormax.api.health.domain.FleetStats;
import com.tutormax.api.health.domain.HeartbeatRegistry;
import com.tutormax.common.config.TutorMaxProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The deployment guide's health endpoints, with real data from checks and heartbeats. */
@RestController
@Tag(name = "Health", description = "api-service dependencies and the fleet's heartbeats")
class HealthController {

  private final DependencyChecks checks;
  private final HeartbeatRegistry registry;
  private final HealthProperties health;
  private final TutorMaxProperties properties;
  private final Clock clock;

  HealthController(
      DependencyChecks checks,
      HeartbeatRegistry registry,
      HealthProperties health,
      TutorMaxProperties properties,
      Clock clock) {
    this.checks = checks;
    this.registry = registry;
    this.health = health;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/health")
  @Operation(summary = "api-service health (503 when a dependency is down)")
  Mono<ResponseEntity<ApiHealth>> health() {
    return checks
        .all()
        .map(
            all -> {
              boolean up = all.values().stream().allMatch(c -> "UP".equals(c.status()));
              ApiHealth body =
                  new ApiHealth(
                      up ? "UP" : "DOWN",
                      properties.serviceName(),
                      properties.version(),
                      clock.instant(),
                      all,
                      fleet().status());
              return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                  .body(body);
            });
  }

  @GetMapping("/api/health/{dependency:database|redis|kafka}")
  @Operation(summary = "One dependency of api-service: database, redis or kafka (503 when down)")
  Mono<ResponseEntity<DependencyCheck>> dependency(@PathVariable String dependency) {
    return checks
        .check(dependency)
        .map(
            c ->
                ResponseEntity.status(
                        "UP".equals(c.status()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .body(c));
  }

  @GetMapping("/api/workers/health")
  @Operation(summary = "Every service's status from its heartbeats (down after staleAfter)")
  FleetHealth workersHealth() {
    return fleet().withoutInstanceDetails();
  }

  @GetMapping("/api/workers/dashboard")
  @Operation(summary = "Every service with each instance's heartbeat details")
  FleetHealth workersDashboard() {
    return fleet();
  }

  @GetMapping("/api/workers/stats")
  @Operation(summary = "Today's processed and failed events, handling time and lag per service")
  FleetStats workersStats() {
    return FleetStats.of(fleet());
  }

  private FleetHealth fleet() {
    var now = clock.instant();
    return FleetHealth.evaluate(
        health.expectedServices(), registry.current(now), now, health.staleAfter());
  }
}
