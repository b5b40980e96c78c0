package com.tutormax.scheduler.jobs.config;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler's clock: the real one unless {@code speed} is set, then an {@link AcceleratedClock}
 * from {@code start} (default: now) at {@code speed} times real time. For tests and demos; a
 * production scheduler leaves both unset.
 */
@ConfigurationProperties("tutormax.scheduler.clock")
public record SchedulerClockProperties(Instant start, @DefaultValue("1") double speed) {}
