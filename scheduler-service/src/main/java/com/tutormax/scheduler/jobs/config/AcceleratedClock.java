package com.tutormax.scheduler.jobs.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than the real one:
 * the scheduler on it requests a day's runs in minutes (the fleet test of every job, demos). Only
 * the scheduler's own time moves; the services perform the jobs on their real clocks.
 */
public final class AcceleratedClock extends Clock {

  private final Instant start;
  private final double speed;
  private final Clock real;
  private final Instant realStart;

  public AcceleratedClock(Instant start, double speed, Clock real) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive, was " + speed);
    }
    this.start = start;
    this.speed = speed;
    this.real = real;
    this.realStart = real.instant();
  }

  @Override
  public Instant instant() {
    Duration elapsed = Duration.between(realStart, real.instant());
    return start.plusNanos(Math.round(elapsed.toNanos() * speed));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
