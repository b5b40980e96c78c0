package com.tutormax.scheduler.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AcceleratedClockTest {

  /** A real clock the test moves. */
  private static final class Real extends Clock {
    Instant now = Instant.parse("2026-11-30T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void startsAtItsStartWhenFirstReadAndRunsSpeedTimesFaster() {
    Real real = new Real();
    Instant start = Instant.parse("2026-11-29T23:00:00Z");
    AcceleratedClock clock = new AcceleratedClock(start, 300, real);
    real.now = real.now.plus(Duration.ofSeconds(40)); // the service starting
    assertThat(clock.instant()).isEqualTo(start);
    real.now = real.now.plus(Duration.ofSeconds(12));
    assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofHours(1)));
    real.now = real.now.plusMillis(500);
    assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(62).plusSeconds(30)));
  }

  @Test
  void aSpeedMustBePositive() {
    assertThatThrownBy(() -> new AcceleratedClock(Instant.EPOCH, 0, new Real()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
