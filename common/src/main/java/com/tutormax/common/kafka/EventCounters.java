package com.tutormax.common.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/** Processed, duplicate and failed (dead-lettered) event counts, as metrics and for heartbeats. */
public class EventCounters {

  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final Counter processedCounter;
  private final Counter failedCounter;
  private final Counter duplicateCounter;

  public EventCounters(MeterRegistry registry) {
    processedCounter = registry.counter("tutormax.events.processed");
    failedCounter = registry.counter("tutormax.events.failed");
    duplicateCounter = registry.counter("tutormax.events.duplicates");
  }

  public void processed() {
    processed.incrementAndGet();
    processedCounter.increment();
  }

  public void failed() {
    failed.incrementAndGet();
    failedCounter.increment();
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
}
