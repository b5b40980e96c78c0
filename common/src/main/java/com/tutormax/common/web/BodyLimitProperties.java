package com.tutormax.common.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Routes that take larger request bodies than the fleet-wide limit ({@code
 * spring.codec.max-in-memory-size}), such as bulk ingestion. Every other route keeps the default.
 */
@ConfigurationProperties("tutormax.web")
public record BodyLimitProperties(List<BodyLimit> bodyLimits) {

  public BodyLimitProperties {
    bodyLimits = bodyLimits == null ? List.of() : List.copyOf(bodyLimits);
  }

  /** A path pattern (e.g. {@code /api/ingest/**}) and the largest body it accepts. */
  public record BodyLimit(String path, DataSize maxSize) {}
}
