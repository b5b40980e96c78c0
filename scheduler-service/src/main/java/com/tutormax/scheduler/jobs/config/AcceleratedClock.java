package com.tutormax.scheduler.jobs.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than the real one:
 * the scheduler on it requests a day's runs in minutes (the fleet test of every job, demos). It
 * starts when first read (not when made), so however long the service takes to start, the scheduler
 * sees its first instant as {@code start}. Only the scheduler's own time moves; the services
 * perform the jobs on their real clocks.
 */
public final class AcceleratedClock extends Clock {

  private final Instant start;
  private final double speed;
  private final Clock real;
  private final AtomicReference<Instant> realStart = new AtomicReference<>();

  public AcceleratedClock(Instant start, double speed, Clock real) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive, was " + speed);
    }
    this.start = start;
    this.speed = speed;
    this.real = real;
  }

  @Override
  public Instant instant() {
    Instant now = real.instant();
    realStart.compareAndSet(null, now);
    Duration elapsed = Duration.between(realStart.get(), now);
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
