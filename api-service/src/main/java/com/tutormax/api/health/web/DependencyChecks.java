package com.tutormax.api.health.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Times api-service's own health indicators: r2dbc (database), redis, kafka. */
@Component
class DependencyChecks {

  static final Map<String, String> INDICATORS =
      Map.of(
          "database",
          "r2dbcHealthContributor",
          "redis",
          "redisHealthContributor",
          "kafka",
          "kafkaHealthIndicator");

  private final Map<String, ReactiveHealthContributor> contributors;

  DependencyChecks(Map<String, ReactiveHealthContributor> contributors) {
    this.contributors = contributors;
  }

  Mono<DependencyCheck> check(String name) {
    if (!(contributors.get(INDICATORS.get(name)) instanceof ReactiveHealthIndicator indicator)) {
      return Mono.just(new DependencyCheck(name, "UNKNOWN", 0, Map.of()));
    }
    return Mono.defer(
        () -> {
          long started = System.nanoTime();
          return indicator
              .health()
              .timeout(java.time.Duration.ofSeconds(5))
              .onErrorResume(e -> Mono.just(Health.down(e).build()))
              .map(
                  health ->
                      new DependencyCheck(
                          name,
                          health.getStatus().getCode(),
                          (System.nanoTime() - started) / 1_000_000,
                          health.getDetails()));
        });
  }

  Mono<Map<String, DependencyCheck>> all() {
    return Flux.just("database", "redis", "kafka")
        .flatMapSequential(this::check)
        .collectMap(DependencyCheck::name, c -> c, LinkedHashMap::new);
  }
}
