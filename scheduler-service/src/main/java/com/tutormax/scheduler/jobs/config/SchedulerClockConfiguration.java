package com.tutormax.scheduler.jobs.config;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler's clock: the service's, accelerated when {@code clock.speed} or {@code start} is
 * set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerClockProperties.class)
class SchedulerClockConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SchedulerClockConfiguration.class);

  @Bean
  SchedulerClock schedulerClock(Clock clock, SchedulerClockProperties properties) {
    if (properties.start() == null && properties.speed() == 1) {
      return new SchedulerClock(clock);
    }
    AcceleratedClock accelerated =
        new AcceleratedClock(
            properties.start() == null ? clock.instant() : properties.start(),
            properties.speed(),
            clock);
    // Not read here: it starts at its first reading, by the scheduler.
    log.warn(
        "Scheduler clock accelerated: starts at {} when first read, {} times real time",
        properties.start() == null ? "now" : properties.start(),
        properties.speed());
    return new SchedulerClock(accelerated);
  }
}
