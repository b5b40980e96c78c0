package com.tutormax.api.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.Heartbeat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetHealthTest {

  private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
  private static final Duration STALE = Duration.ofSeconds(15);

  static ReceivedHeartbeat beat(
      String service,
      String instance,
      String status,
      long processedToday,
      double avgMs,
      long lag,
      int ageSeconds) {
    Instant at = NOW.minusSeconds(ageSeconds);
    return new ReceivedHeartbeat(
        new Heartbeat(
            service,
            instance,
            "1.0",
            at.minusSeconds(600),
            600,
            status,
            Map.of("kafka", status),
            Map.of(service, lag),
            processedToday,
            0,
            processedToday,
            1,
            avgMs,
            at),
        at);
  }

  @Test
  void allExpectedServicesUpMakeTheFleetUp() {
    FleetHealth fleet =
        FleetHealth.evaluate(
            List.of("a", "b"),
            List.of(beat("a", "a1", "UP", 1, 1, 0, 1), beat("b", "b1", "UP", 1, 1, 0, 4)),
            NOW,
            STALE);
    assertThat(fleet.status()).isEqualTo(HealthStatus.UP);
    assertThat(fleet.services()).extracting(ServiceHealth::status).containsOnly(HealthStatus.UP);
  }

  @Test
  void aSilentInstanceIsDownAndTheFleetDegraded() {
    FleetHealth fleet =
        FleetHealth.evaluate(
            List.of("a", "b"),
            List.of(beat("a", "a1", "UP", 1, 1, 0, 1), beat("b", "b1", "UP", 1, 1, 0, 16)),
            NOW,
            STALE);
    assertThat(fleet.status()).isEqualTo(HealthStatus.DEGRADED);
    ServiceHealth b = fleet.services().get(1);
    assertThat(b.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(b.instances()).isZero();
    assertThat(b.lastSeen()).isEqualTo(NOW.minusSeconds(16));
  }

  @Test
  void aServiceNeverHeardFromIsDown() {
    FleetHealth fleet =
        FleetHealth.evaluate(
            List.of("a", "b"), List.of(beat("a", "a1", "UP", 0, 0, 0, 0)), NOW, STALE);
    assertThat(fleet.services()).extracting(ServiceHealth::name).containsExactly("a", "b");
    assertThat(fleet.services().get(1).status()).isEqualTo(HealthStatus.DOWN);
    assertThat(fleet.status()).isEqualTo(HealthStatus.DEGRADED);
  }

  @Test
  void anImpairedInstanceMakesItsServiceDegradedUnlessAnotherIsUp() {
    assertThat(
            FleetHealth.evaluate(
                    List.of("a"), List.of(beat("a", "a1", "DEGRADED", 0, 0, 0, 1)), NOW, STALE)
                .services()
                .get(0)
                .status())
        .isEqualTo(HealthStatus.DEGRADED);
    assertThat(
            FleetHealth.evaluate(
                    List.of("a"),
                    List.of(
                        beat("a", "a1", "DEGRADED", 0, 0, 0, 1), beat("a", "a2", "UP", 0, 0, 0, 1)),
                    NOW,
                    STALE)
                .services()
                .get(0)
                .status())
        .isEqualTo(HealthStatus.UP);
  }

  @Test
  void countsAddUpHandlingTimeIsWeightedAndSharedGroupLagCountsOnce() {
    FleetHealth fleet =
        FleetHealth.evaluate(
            List.of("a"),
            List.of(beat("a", "a1", "UP", 100, 2.0, 7, 1), beat("a", "a2", "UP", 300, 4.0, 9, 2)),
            NOW,
            STALE);
    ServiceHealth a = fleet.services().get(0);
    assertThat(a.instances()).isEqualTo(2);
    assertThat(a.processedToday()).isEqualTo(400);
    assertThat(a.failedToday()).isEqualTo(2);
    assertThat(a.avgHandlingMillis()).isEqualTo(3.5);
    assertThat(a.consumerLag()).isEqualTo(9);
    FleetStats stats = FleetStats.of(fleet);
    assertThat(stats.processedToday()).isEqualTo(400);
    assertThat(stats.avgHandlingMillis()).isEqualTo(3.5);
  }
}
