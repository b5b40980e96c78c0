package com.tutormax.generation.simulation.service;

import java.time.Duration;
import java.time.Instant;

/**
 * Progress of the current or last run: from where to where in simulated time, how far it got and
 * how fast it publishes.
 */
public record RunProgress(
    String kind,
    Instant startedAt,
    Instant from,
    Instant target,
    Instant reached,
    long events,
    Instant finishedAt,
    Instant now) {

  public double progress() {
    long total = Duration.between(from, target).toSeconds();
    return total <= 0
        ? 1.0
        : Math.min(1.0, Duration.between(from, reached).toSeconds() / (double) total);
  }

  public double eventsPerSecond() {
    Instant end = finishedAt == null ? now : finishedAt;
    double seconds = Duration.between(startedAt, end).toMillis() / 1000.0;
    return seconds <= 0 ? 0 : events / seconds;
  }
}
