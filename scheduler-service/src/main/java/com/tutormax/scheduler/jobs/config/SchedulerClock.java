package com.tutormax.scheduler.jobs.config;

import java.time.Clock;

/**
 * The clock the scheduler decides by (due runs, missed runs, timeouts, next runs): the service's
 * clock, or an {@link AcceleratedClock} when {@code tutormax.scheduler.clock.speed} is set. Kept
 * apart from the service's {@code Clock}, which also stamps heartbeats and signs service tokens and
 * must stay real.
 */
public record SchedulerClock(Clock clock) {}
