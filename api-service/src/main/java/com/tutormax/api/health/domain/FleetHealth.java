package com.tutormax.api.health.domain;

import com.tutormax.common.events.Heartbeat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The fleet's health from the latest heartbeat of each instance; pure, so it is tested alone. */
@Schema(description = "Health of every service of the fleet")
public record FleetHealth(
    @Schema(description = "UP when every expected service is up, else DEGRADED")
        HealthStatus status,
    Instant checkedAt,
    List<ServiceHealth> services) {

  public static FleetHealth evaluate(
      List<String> expectedServices,
      Collection<ReceivedHeartbeat> beats,
      Instant now,
      Duration staleAfter) {
    Map<String, List<ReceivedHeartbeat>> byService =
        beats.stream().collect(Collectors.groupingBy(b -> b.beat().service()));
    List<String> names =
        java.util.stream.Stream.concat(expectedServices.stream(), byService.keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<ServiceHealth> services =
        names.stream()
            .map(name -> service(name, byService.getOrDefault(name, List.of()), now, staleAfter))
            .toList();
    boolean allUp =
        services.stream()
            .filter(s -> expectedServices.contains(s.name()))
            .allMatch(s -> s.status() == HealthStatus.UP);
    return new FleetHealth(allUp ? HealthStatus.UP : HealthStatus.DEGRADED, now, services);
  }

  /** The summary view: every service without its per-instance details. */
  public FleetHealth withoutInstanceDetails() {
    return new FleetHealth(
        status, checkedAt, services.stream().map(ServiceHealth::withoutInstanceDetails).toList());
  }

  static InstanceHealth instance(ReceivedHeartbeat received, Instant now, Duration staleAfter) {
    Heartbeat beat = received.beat();
    HealthStatus status;
    if (received.receivedAt().plus(staleAfter).isBefore(now)) {
      status = HealthStatus.DOWN;
    } else {
      status = "UP".equals(beat.status()) ? HealthStatus.UP : HealthStatus.DEGRADED;
    }
    return new InstanceHealth(
        beat.instanceId(),
        status,
        received.receivedAt(),
        beat.version(),
        beat.uptimeSeconds(),
        beat.dependencies(),
        beat.consumerLag(),
        beat.processedToday(),
        beat.failedToday(),
        beat.avgHandlingMillisToday());
  }

  static ServiceHealth service(
      String name, List<ReceivedHeartbeat> beats, Instant now, Duration staleAfter) {
    List<InstanceHealth> instances =
        beats.stream()
            .map(b -> instance(b, now, staleAfter))
            .sorted(Comparator.comparing(InstanceHealth::lastSeen).reversed())
            .toList();
    List<InstanceHealth> alive =
        instances.stream().filter(i -> i.status() != HealthStatus.DOWN).toList();
    HealthStatus status;
    if (alive.stream().anyMatch(i -> i.status() == HealthStatus.UP)) {
      status = HealthStatus.UP;
    } else if (!alive.isEmpty()) {
      status = HealthStatus.DEGRADED;
    } else {
      status = HealthStatus.DOWN;
    }
    InstanceHealth latest = instances.isEmpty() ? null : instances.get(0);
    // Instances of a service share consumer groups: a group's lag is the same whichever reports it.
    Map<String, Long> lagByGroup = new HashMap<>();
    alive.forEach(i -> i.consumerLag().forEach((g, lag) -> lagByGroup.merge(g, lag, Math::max)));
    long processed = instances.stream().mapToLong(InstanceHealth::processedToday).sum();
    double handling =
        instances.stream().mapToDouble(i -> i.avgHandlingMillis() * i.processedToday()).sum();
    return new ServiceHealth(
        name,
        status,
        alive.size(),
        latest == null ? null : latest.lastSeen(),
        latest == null ? null : latest.version(),
        latest == null ? 0 : latest.uptimeSeconds(),
        latest == null ? Map.of() : latest.dependencies(),
        lagByGroup.values().stream().mapToLong(l -> Math.max(0, l)).sum(),
        processed,
        instances.stream().mapToLong(InstanceHealth::failedToday).sum(),
        processed == 0 ? 0 : handling / processed,
        instances);
  }
}
