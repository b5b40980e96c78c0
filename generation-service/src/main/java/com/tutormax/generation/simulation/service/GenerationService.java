package com.tutormax.generation.simulation.service;

import com.tutormax.generation.simulation.domain.TutorTruth;
import com.tutormax.generation.simulation.domain.WorldSettings;
import com.tutormax.generation.simulation.persistence.SimulationStore;
import com.tutormax.generation.simulation.persistence.StoredSimulation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The admin's view of the generator: status, commands and the ground truth. */
@Service
public class GenerationService {

  private final SimulationStore store;
  private final SimulationRunner runner;

  public GenerationService(SimulationStore store, SimulationRunner runner) {
    this.store = store;
    this.runner = runner;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    runner.resumeOnStart();
  }

  public GenerationStatus status() {
    Optional<StoredSimulation> stored = store.load();
    Map<String, Long> counts = store.counts();
    return new GenerationStatus(
        runner.mode().name(),
        stored.map(s -> s.settings().seed()).orElse(null),
        stored.map(s -> s.settings().epoch()).orElse(null),
        stored.map(StoredSimulation::publishedUntil).orElse(null),
        stored.map(StoredSimulation::live).orElse(false),
        counts,
        counts.values().stream().mapToLong(Long::longValue).sum(),
        runner.activeTutors(),
        runner.students(),
        runner.progress().map(GenerationStatus.Run::of).orElse(null),
        runner.lastError().orElse(null));
  }

  public void backfill(Integer days) {
    runner.startBackfill(days);
  }

  public void startLive() {
    runner.startLive();
  }

  public void stopLive() {
    runner.stopLive();
  }

  public WorldSettings reseed(long seed, Integer days) {
    return runner.reseed(seed, days);
  }

  public List<TutorTruth> truth() {
    return store.truth();
  }
}
