package com.tutormax.scheduler.jobs.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;

/**
 * One periodic job: its name, its cron (Spring's six fields, seconds first, always in UTC), the
 * service that performs it, the parameters sent with each request, whether it is enabled, and what
 * happens to missed times.
 */
public record JobDefinition(
    String name,
    String cron,
    String targetService,
    Map<String, String> parameters,
    boolean enabled,
    MisfirePolicy misfire,
    String description) {

  public JobDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(targetService, "targetService");
    Objects.requireNonNull(misfire, "misfire");
    parameters = Map.copyOf(parameters);
    CronExpression.parse(cron);
  }

  /** The first cron time strictly after {@code after}. */
  public Instant nextAfter(Instant after) {
    ZonedDateTime next =
        CronExpression.parse(cron).next(ZonedDateTime.ofInstant(after, ZoneOffset.UTC));
    if (next == null) {
      throw new IllegalStateException("cron " + cron + " of " + name + " never fires");
    }
    return next.toInstant();
  }

  /** The same job with other settings (an operator's override). */
  public JobDefinition with(String cron, Map<String, String> parameters, boolean enabled) {
    return new JobDefinition(name, cron, targetService, parameters, enabled, misfire, description);
  }
}
