package com.tutormax.generation.simulation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an admin sees: the mode, the world's seed and first day, how far simulated time has been
 * published, counts per event type, the roster, and the current or last run with its progress.
 */
public record GenerationStatus(
    String mode,
    Long seed,
    LocalDate epoch,
    Instant simulatedUntil,
    boolean live,
    Map<String, Long> published,
    long publishedTotal,
    int activeTutors,
    int students,
    Run run,
    String lastError) {

  /** A run's progress (0..1) and publishing rate. */
  public record Run(
      String kind,
      Instant startedAt,
      Instant from,
      Instant target,
      Instant reached,
      double progress,
      long events,
      double eventsPerSecond,
      Instant finishedAt) {

    static Run of(RunProgress p) {
      return new Run(
          p.kind(),
          p.startedAt(),
          p.from(),
          p.target(),
          p.reached(),
          Math.round(p.progress() * 1000) / 1000.0,
          p.events(),
          Math.round(p.eventsPerSecond()),
          p.finishedAt());
    }
  }
}
