package com.tutormax.api.health.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** One running instance of a service, from its latest heartbeat. */
@Schema(description = "One instance of a service, from its latest heartbeat")
public record InstanceHealth(
    String instanceId,
    HealthStatus status,
    @Schema(description = "When its latest heartbeat arrived") Instant lastSeen,
    String version,
    long uptimeSeconds,
    @Schema(description = "Dependency name (r2dbc, kafka, redis) to UP/DOWN")
        Map<String, String> dependencies,
    @Schema(description = "Consumer group to lag in records") Map<String, Long> consumerLag,
    long processedToday,
    long failedToday,
    @Schema(description = "Mean handling time of today's events, in milliseconds")
        double avgHandlingMillis) {}
