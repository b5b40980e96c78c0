package com.tutormax.api.health.web;

import com.tutormax.api.health.domain.HealthStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** GET /health: api-service and its dependencies, with the fleet's overall status. */
@Schema(description = "api-service health: its dependencies and the fleet's overall status")
public record ApiHealth(
    @Schema(description = "UP when database, Redis and Kafka are up, else DOWN") String status,
    String service,
    String version,
    Instant timestamp,
    Map<String, DependencyCheck> checks,
    @Schema(description = "Overall fleet status from heartbeats") HealthStatus fleet) {}
