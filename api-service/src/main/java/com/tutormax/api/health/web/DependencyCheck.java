package com.tutormax.api.health.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** One dependency of api-service, checked now. */
@Schema(description = "A dependency checked now: status, round-trip time and details")
public record DependencyCheck(
    String name, String status, long latencyMs, Map<String, Object> details) {}
