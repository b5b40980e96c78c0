package com.tutormax.common.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Processed, duplicate and failed (dead-lettered) event counts and handling time: as metrics, and
 * as totals and UTC-day figures for heartbeats.
 */
public class EventCounters {

  private final Clock clock;
  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final Counter processedCounter;
  private final Counter failedCounter;
  private final Counter duplicateCounter;
  private final Timer handlingTimer;
  private Today today;

  /** The current UTC day's figures; replaced whole when the day changes. */
  private record Today(LocalDate day, long processed, long failed, long handlingNanos) {}

  /** A snapshot of the current UTC day. */
  public record DayFigures(long processed, long failed, double avgHandlingMillis) {}

  public EventCounters(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    this.today = new Today(day(), 0, 0, 0);
    processedCounter = registry.counter("tutormax.events.processed");
    failedCounter = registry.counter("tutormax.events.failed");
    duplicateCounter = registry.counter("tutormax.events.duplicates");
    handlingTimer = registry.timer("tutormax.events.handling");
  }

  private LocalDate day() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private synchronized Today current() {
    if (!today.day().equals(day())) {
      today = new Today(day(), 0, 0, 0);
    }
    return today;
  }

  /** An event was handled (its state change committed) in {@code handling}. */
  public synchronized void processed(Duration handling) {
    processed.incrementAndGet();
    processedCounter.increment();
    handlingTimer.record(handling);
    Today t = current();
    today =
        new Today(t.day(), t.processed() + 1, t.failed(), t.handlingNanos() + handling.toNanos());
  }

  public synchronized void failed() {
    failed.incrementAndGet();
    failedCounter.increment();
    Today t = current();
    today = new Today(t.day(), t.processed(), t.failed() + 1, t.handlingNanos());
  }

  public void duplicate() {
    duplicates.incrementAndGet();
    duplicateCounter.increment();
  }

  public long processedCount() {
    return processed.get();
  }

  public long failedCount() {
    return failed.get();
  }

  public long duplicateCount() {
    return duplicates.get();
  }

  public synchronized DayFigures today() {
    Today t = current();
    double avg = t.processed() == 0 ? 0 : t.handlingNanos() / 1e6 / t.processed();
    return new DayFigures(t.processed(), t.failed(), avg);
  }
}
