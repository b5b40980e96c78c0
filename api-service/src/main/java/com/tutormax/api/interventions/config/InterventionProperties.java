package com.tutormax.api.interventions.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the hourly SLA check tells an assignee their task is due soon: once it has used {@code
 * dueSoonPercent} of its SLA (time since the recommendation over the time allowed) or its due time
 * is within {@code dueSoonWithin}, whichever comes first.
 */
@ConfigurationProperties("tutormax.interventions")
public record InterventionProperties(
    @DefaultValue("75") int dueSoonPercent, @DefaultValue("4h") Duration dueSoonWithin) {

  public InterventionProperties {
    if (dueSoonPercent < 1 || dueSoonPercent > 100) {
      throw new IllegalArgumentException("tutormax.interventions.due-soon-percent is 1 to 100");
    }
    if (dueSoonWithin.isNegative()) {
      throw new IllegalArgumentException("tutormax.interventions.due-soon-within is not negative");
    }
  }
}
