package com.tutormax.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EventCountersTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-02T23:59:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void todayFiguresAverageHandlingAndRollOverAtUtcMidnight() {
    EventCounters counters = new EventCounters(new SimpleMeterRegistry(), clock);
    counters.processed(Duration.ofMillis(2));
    counters.processed(Duration.ofMillis(4));
    counters.failed();
    assertThat(counters.today()).isEqualTo(new EventCounters.DayFigures(2, 1, 3.0));

    now.set(Instant.parse("2026-11-03T00:00:01Z"));
    assertThat(counters.today()).isEqualTo(new EventCounters.DayFigures(0, 0, 0.0));
    counters.processed(Duration.ofMillis(10));
    assertThat(counters.today()).isEqualTo(new EventCounters.DayFigures(1, 0, 10.0));
    assertThat(counters.processedCount()).isEqualTo(3);
    assertThat(counters.failedCount()).isEqualTo(1);
  }
}
