package com.tutormax.api.health.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Today's work across the fleet (UTC day), per service and in total. */
@Schema(description = "Today's processed and failed events and handling time, per service")
public record FleetStats(
    Instant checkedAt,
    long processedToday,
    long failedToday,
    double avgHandlingMillis,
    long consumerLag,
    List<ServiceStats> services) {

  /** One service's figures. */
  public record ServiceStats(
      String name,
      HealthStatus status,
      int instances,
      long processedToday,
      long failedToday,
      double avgHandlingMillis,
      long consumerLag) {}

  public static FleetStats of(FleetHealth health) {
    List<ServiceStats> services =
        health.services().stream()
            .map(
                s ->
                    new ServiceStats(
                        s.name(),
                        s.status(),
                        s.instances(),
                        s.processedToday(),
                        s.failedToday(),
                        s.avgHandlingMillis(),
                        s.consumerLag()))
            .toList();
    long processed = services.stream().mapToLong(ServiceStats::processedToday).sum();
    double handling =
        services.stream().mapToDouble(s -> s.avgHandlingMillis() * s.processedToday()).sum();
    return new FleetStats(
        health.checkedAt(),
        processed,
        services.stream().mapToLong(ServiceStats::failedToday).sum(),
        processed == 0 ? 0 : handling / processed,
        services.stream().mapToLong(ServiceStats::consumerLag).sum(),
        services);
  }
}
