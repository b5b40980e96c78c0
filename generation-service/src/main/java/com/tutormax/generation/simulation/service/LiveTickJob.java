package com.tutormax.generation.simulation.service;

import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.generation.simulation.service.SimulationRunner.SkipReason;
import com.tutormax.generation.simulation.service.SimulationRunner.TickResult;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's {@code generation-live-tick} (every 15 min): when live mode is on but not ticking
 * continuously (GENERATION_LIVE_TICKS=scheduled), advances the simulated world up to now as a live
 * tick does. Counts: {@code eventsPublished}, or {@code skipped=1} with the reason ({@code
 * skippedLiveRunning}, {@code skippedLiveOff}, {@code skippedBackfillRunning}, {@code
 * skippedNotSeeded}).
 */
@Component
class LiveTickJob implements ScheduledJob {

  private final SimulationRunner runner;

  LiveTickJob(SimulationRunner runner) {
    this.runner = runner;
  }

  @Override
  public String name() {
    return "generation-live-tick";
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    boolean skipIfContinuous =
        Boolean.parseBoolean(parameters.getOrDefault("skipIfContinuous", "true"));
    return Mono.fromFuture(() -> runner.tickOnce(skipIfContinuous)).map(LiveTickJob::counts);
  }

  static Map<String, Long> counts(TickResult result) {
    return result
        .skipped()
        .map(reason -> Map.of("skipped", 1L, countName(reason), 1L))
        .orElseGet(() -> Map.of("skipped", 0L, "eventsPublished", result.events()));
  }

  private static String countName(SkipReason reason) {
    return switch (reason) {
      case LIVE_RUNNING -> "skippedLiveRunning";
      case LIVE_OFF -> "skippedLiveOff";
      case BACKFILL_RUNNING -> "skippedBackfillRunning";
      case NOT_SEEDED -> "skippedNotSeeded";
    };
  }
}
