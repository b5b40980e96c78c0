package com.tutormax.api.health.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A service across its instances. */
@Schema(description = "A service across its instances")
public record ServiceHealth(
    String name,
    @Schema(description = "UP if an instance is up, DEGRADED if alive but impaired, DOWN if none")
        HealthStatus status,
    @Schema(description = "Instances with a fresh heartbeat") int instances,
    Instant lastSeen,
    String version,
    long uptimeSeconds,
    Map<String, String> dependencies,
    @Schema(description = "Records behind, summed over the service's consumer groups")
        long consumerLag,
    long processedToday,
    long failedToday,
    double avgHandlingMillis,
    List<InstanceHealth> instanceDetails) {
  public ServiceHealth withoutInstanceDetails() {
    return new ServiceHealth(
        name,
        status,
        instances,
        lastSeen,
        version,
        uptimeSeconds,
        dependencies,
        consumerLag,
        processedToday,
        failedToday,
        avgHandlingMillis,
        List.of());
  }
}
