package com.tutormax.training.models.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.training.models.persistence.RegistryStore;
import com.tutormax.training.models.persistence.RegistryStore.Run;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The scheduler's model-training job waits for the run it started and reports how it ended. */
class TrainingJobTest {

  private static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant AT = Instant.parse("2030-01-07T02:00:00Z");

  /**
   * A run record with these fields, the others null (built by component name, so a field added to
   * the record does not break this test).
   */
  private static Run run(String status, Integer rows, String error) {
    Map<String, Object> values = new HashMap<>();
    values.put("runId", RUN);
    values.put("requestedBy", "scheduler");
    values.put("startedAt", AT);
    values.put("status", status);
    values.put("rows", rows);
    values.put("error", error);
    RecordComponent[] components = Run.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = values.get(components[i].getName());
    }
    try {
      return Run.class.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A runner that starts the given run (or none), a registry that reads the given states. */
  private static TrainingJob job(Run started, List<Run> states) {
    Deque<Run> reads = new ArrayDeque<>(states);
    TrainingRunner runner =
        new TrainingRunner(null, null, null, null, null, null, null, null) {
          @Override
          public Mono<Run> start(String requestedBy) {
            assertThat(requestedBy).isEqualTo("scheduler");
            return Mono.justOrEmpty(started);
          }
        };
    RegistryStore registry =
        new RegistryStore(null) {
          @Override
          public Mono<Run> run(UUID runId) {
            return Mono.just(reads.size() > 1 ? reads.pop() : reads.peek());
          }
        };
    return new TrainingJob(runner, registry);
  }

  @Test
  void finishesWhenTheRunSucceededWithItsRows() {
    TrainingJob job =
        job(
            run("RUNNING", null, null),
            List.of(run("RUNNING", null, null), run("SUCCEEDED", 1200, null)));
    assertThat(job.name()).isEqualTo("model-training");
    assertThat(job.run(Map.of()).block(Duration.ofSeconds(20))).isEqualTo(Map.of("rows", 1200L));
  }

  @Test
  void failsWithTheRunsError() {
    TrainingJob job =
        job(run("RUNNING", null, null), List.of(run("FAILED", null, "no closed tutor-days yet")));
    assertThatThrownBy(() -> job.run(Map.of()).block(Duration.ofSeconds(20)))
        .hasMessageContaining("FAILED")
        .hasMessageContaining("no closed tutor-days yet");
  }

  @Test
  void failsWhenARunIsAlreadyInProgress() {
    TrainingJob job = job(null, List.of());
    assertThatThrownBy(() -> job.run(Map.of()).block(Duration.ofSeconds(20)))
        .hasMessageContaining("already in progress");
  }
}
