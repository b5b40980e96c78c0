package com.tutormax.generation.simulation.service;

import com.tutormax.common.events.EventCatalog;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.generation.simulation.config.GenerationProperties;
import com.tutormax.generation.simulation.config.GenerationProperties.LiveTicks;
import com.tutormax.generation.simulation.domain.Emission;
import com.tutormax.generation.simulation.domain.TutorTruth;
import com.tutormax.generation.simulation.domain.WorldSettings;
import com.tutormax.generation.simulation.persistence.SimulationStore;
import com.tutormax.generation.simulation.persistence.StoredSimulation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs the world forward and publishes it. All simulation and publishing happens on one thread;
 * after every slice the broker has acknowledged, the checkpoint, the counts and the ground truth
 * are stored in one transaction. A crash loses at most the unacknowledged slice, which the next run
 * re-emits with identical event ids, so consumers drop what they already have.
 */
@Service
public class SimulationRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

  /** What the runner is doing. */
  public enum Mode {
    IDLE,
    BACKFILL,
    LIVE
  }

  private final SimulationStore store;
  private final EventPublisher publisher;
  private final GenerationProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "generation-runner"));

  private volatile Mode mode = Mode.IDLE;
  private volatile RunProgress progress;
  private volatile String lastError;
  private volatile int activeTutors;
  private volatile int students;
  private ScheduledFuture<?> liveTask;
  // Touched only on the runner thread.
  private WorldCursor cursor;

  public SimulationRunner(
      SimulationStore store,
      @Qualifier("bulkEventPublisher") EventPublisher publisher,
      GenerationProperties properties,
      Clock clock) {
    this.store = store;
    this.publisher = publisher;
    this.properties = properties;
    this.clock = clock;
  }

  public Mode mode() {
    return mode;
  }

  public Optional<RunProgress> progress() {
    RunProgress p = progress;
    return p == null
        ? Optional.empty()
        : Optional.of(
            new RunProgress(
                p.kind(),
                p.startedAt(),
                p.from(),
                p.target(),
                p.reached(),
                p.events(),
                p.finishedAt(),
                clock.instant()));
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public int activeTutors() {
    return activeTutors;
  }

  public int students() {
    return students;
  }

  /** Seeds an empty system if needed and publishes history up to the start of today (UTC). */
  public synchronized void startBackfill(Integer days) {
    if (mode != Mode.IDLE) {
      throw new GenerationConflictException("The generator is busy (" + mode + "); try later.");
    }
    mode = Mode.BACKFILL;
    thread.execute(
        () -> {
          try {
            ensureSeeded(days);
            store.setBackfilling(true);
            advanceTo(startOfToday(), "backfill");
            store.setBackfilling(false);
          } catch (RuntimeException e) {
            fail(e);
          } finally {
            synchronized (this) {
              if (mode == Mode.BACKFILL) {
                mode = Mode.IDLE;
              }
            }
          }
        });
  }

  /**
   * Keeps publishing as simulated time follows the clock: every tick (catching up first) when live
   * ticks are CONTINUOUS; at each {@link #tickOnce} (the scheduler's job) when SCHEDULED.
   */
  public synchronized void startLive() {
    if (mode == Mode.LIVE) {
      return;
    }
    if (mode == Mode.BACKFILL) {
      throw new GenerationConflictException("A backfill is running; start live mode after it.");
    }
    mode = Mode.LIVE;
    thread.execute(
        () -> {
          try {
            ensureSeeded(null);
            store.setLive(true);
          } catch (RuntimeException e) {
            fail(e);
          }
        });
    if (properties.liveTicks() == LiveTicks.CONTINUOUS) {
      long tick = properties.tick().toMillis();
      liveTask = thread.scheduleWithFixedDelay(this::liveTick, 0, tick, TimeUnit.MILLISECONDS);
    }
  }

  public synchronized void stopLive() {
    if (liveTask != null) {
      liveTask.cancel(false);
      liveTask = null;
    }
    if (mode == Mode.LIVE) {
      mode = Mode.IDLE;
    }
    thread.execute(
        () -> {
          if (store.load().isPresent()) {
            store.setLive(false);
          }
        });
  }

  /** A new seed (and history length) for a system nothing has been published to yet. */
  public synchronized WorldSettings reseed(long seed, Integer days) {
    if (mode != Mode.IDLE) {
      throw new GenerationConflictException("Stop the generator before reseeding.");
    }
    Optional<StoredSimulation> stored = store.load();
    if (stored.isPresent() && stored.get().publishedUntil() != null) {
      throw new GenerationConflictException(
          "Events of seed "
              + stored.get().settings().seed()
              + " are already published; reseeding would mix two worlds. Reseed an empty"
              + " system only.");
    }
    WorldSettings settings = settings(seed, days);
    store.seed(settings);
    thread.execute(() -> cursor = null);
    return settings;
  }

  /**
   * What the service does on start: finish a backfill a crash interrupted, resume live mode if it
   * was on, and with auto-start seed and backfill an empty system, then go live. A complete history
   * whose live mode an admin stopped stays stopped.
   */
  public void resumeOnStart() {
    Optional<StoredSimulation> stored = store.load();
    boolean autoStart = properties.autoStart() && historyIncomplete(stored);
    boolean backfill = autoStart || stored.map(StoredSimulation::backfilling).orElse(false);
    boolean live = autoStart || stored.map(StoredSimulation::live).orElse(false);
    log.info(
        "On start: backfill {}, live {} (checkpoint {})",
        backfill,
        live,
        stored.map(StoredSimulation::publishedUntil).orElse(null));
    if (backfill) {
      startBackfill(null);
      if (live) {
        thread.execute(this::startLive);
      }
    } else if (live) {
      startLive();
    }
  }

  private boolean historyIncomplete(Optional<StoredSimulation> stored) {
    return stored.isEmpty()
        || stored.get().publishedUntil() == null
        || stored.get().publishedUntil().isBefore(startOfToday());
  }

  private void liveTick() {
    try {
      advanceTo(clock.instant(), "live");
      lastError = null;
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /** What one requested tick did: published {@code events}, or skipped and why. */
  public record TickResult(Optional<SkipReason> skipped, long events) {

    static TickResult skippedBecause(SkipReason reason) {
      return new TickResult(Optional.of(reason), 0);
    }
  }

  /** Why a requested tick did nothing. */
  public enum SkipReason {
    /** Live mode ticks continuously; a second tick would only find nothing new. */
    LIVE_RUNNING,
    /** Live mode is off (never started, or an admin stopped it): the world stays where it is. */
    LIVE_OFF,
    /** A backfill owns the runner; a tick would run only after it, toward a stale target. */
    BACKFILL_RUNNING,
    /** No world yet: ticking would seed and publish a whole history; that is the admin's call. */
    NOT_SEEDED
  }

  /**
   * One live tick on request (the scheduler's {@code generation-live-tick}): advances the world up
   * to now and publishes it, on the runner thread like every tick, so it never interleaves with
   * live mode or a backfill. Skipped while a backfill runs, while live mode is off (an admin's stop
   * holds), and while live mode ticks continuously if {@code skipIfContinuous}.
   */
  public CompletableFuture<TickResult> tickOnce(boolean skipIfContinuous) {
    synchronized (this) {
      if (mode == Mode.BACKFILL) {
        return CompletableFuture.completedFuture(
            TickResult.skippedBecause(SkipReason.BACKFILL_RUNNING));
      }
      if (mode == Mode.IDLE) {
        return CompletableFuture.completedFuture(TickResult.skippedBecause(SkipReason.LIVE_OFF));
      }
      if (liveTask != null && skipIfContinuous) {
        return CompletableFuture.completedFuture(
            TickResult.skippedBecause(SkipReason.LIVE_RUNNING));
      }
    }
    return CompletableFuture.supplyAsync(
        () -> {
          if (store.load().isEmpty()) {
            return TickResult.skippedBecause(SkipReason.NOT_SEEDED);
          }
          try {
            long events = advanceTo(clock.instant(), "tick");
            lastError = null;
            return new TickResult(Optional.empty(), events);
          } catch (RuntimeException e) {
            fail(e);
            throw e;
          }
        },
        thread);
  }

  private void ensureSeeded(Integer days) {
    if (store.load().isEmpty()) {
      WorldSettings settings = settings(properties.seed(), days);
      store.seed(settings);
      log.info("Seeded a new world: seed {} from {}", settings.seed(), settings.epoch());
    }
  }

  private WorldSettings settings(long seed, Integer days) {
    int history = days == null ? properties.backfillDays() : days;
    if (history < 1 || history > 3650) {
      throw new IllegalArgumentException("days must be between 1 and 3650");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return new WorldSettings(
        seed,
        today.minusDays(history),
        properties.initialTutors(),
        properties.targetActiveTutors(),
        properties.sessionsPerDay());
  }

  /**
   * Publishes every event before {@code target}, day by day, checkpointing after each slice;
   * returns how many it published.
   */
  private long advanceTo(Instant target, String kind) {
    StoredSimulation stored = store.load().orElseThrow();
    if (cursor == null || !cursor.world().settings().equals(stored.settings())) {
      cursor = new WorldCursor(stored.settings());
    }
    Instant from = stored.publishedUntil() == null ? cursor.startOf(0) : stored.publishedUntil();
    if (!from.isBefore(target)) {
      return 0;
    }
    Instant started = clock.instant();
    long events = 0;
    progress = new RunProgress(kind, started, from, target, from, 0, null, started);
    Instant reached = from;
    while (reached.isBefore(target)) {
      boolean newDay = cursor.moveTo(reached);
      Instant end = min(target, cursor.startOf(cursor.day() + 1));
      List<Emission> slice = cursor.takeUntil(end);
      publishAndWait(slice);
      List<TutorTruth> truth = newDay ? cursor.world().truth() : List.of();
      store.checkpoint(end, countByType(slice), truth);
      events += slice.size();
      reached = end;
      activeTutors = cursor.world().activeTutors();
      students = cursor.world().studentCount();
      progress = new RunProgress(kind, started, from, target, reached, events, null, null);
    }
    progress = new RunProgress(kind, started, from, target, reached, events, clock.instant(), null);
    log.info(
        "Published {} events of simulated time {} .. {} ({} /s)",
        events,
        from,
        target,
        Math.round(progress.eventsPerSecond()));
    return events;
  }

  private void publishAndWait(List<Emission> slice) {
    List<CompletableFuture<?>> acks = new ArrayList<>(slice.size());
    for (Emission emission : slice) {
      acks.add(publisher.send(emission.event(), emission.eventId()));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the broker", e);
    } catch (Exception e) {
      throw new IllegalStateException("The broker did not acknowledge the events: " + e, e);
    }
  }

  private static Map<String, Long> countByType(List<Emission> slice) {
    Map<String, Long> counts = new HashMap<>();
    for (Emission emission : slice) {
      counts.merge(EventCatalog.of(emission.event()).name(), 1L, Long::sum);
    }
    return counts;
  }

  private void fail(RuntimeException e) {
    lastError = e.getMessage();
    // The in-memory cursor may be ahead of the checkpoint; rebuild it from the store next time.
    cursor = null;
    log.error("Generation run failed; it resumes from the last checkpoint", e);
  }

  private Instant startOfToday() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}
