package com.tutormax.training.models.service;

import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.training.models.persistence.RegistryStore;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's nightly {@code model-training}: starts a training run (as {@code POST
 * /api/training/runs} does, requested by "scheduler") and completes when the run has ended, reading
 * its record every few seconds: succeeded with the number of training rows, or failed with the
 * run's error. A run already in progress fails the job (it is not started twice).
 */
@Component
class TrainingJob implements ScheduledJob {

  static final Duration POLL = Duration.ofSeconds(2);
  static final Duration LIMIT = Duration.ofHours(2);

  private final TrainingRunner runner;
  private final RegistryStore registry;

  TrainingJob(TrainingRunner runner, RegistryStore registry) {
    this.runner = runner;
    this.registry = registry;
  }

  @Override
  public String name() {
    return "model-training";
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return runner
        .start("scheduler")
        .switchIfEmpty(
            Mono.error(new IllegalStateException("a training run is already in progress")))
        .flatMap(
            started ->
                Mono.defer(() -> registry.run(started.runId()))
                    .filter(run -> !"RUNNING".equals(run.status()))
                    .repeatWhenEmpty(ticks -> ticks.delayElements(POLL))
                    .timeout(LIMIT))
        .flatMap(
            run ->
                "SUCCEEDED".equals(run.status())
                    ? Mono.just(Map.of("rows", run.rows() == null ? 0L : run.rows().longValue()))
                    : Mono.error(
                        new IllegalStateException(
                            "training run "
                                + run.runId()
                                + " "
                                + run.status()
                                + ": "
                                + run.error())));
  }
}
