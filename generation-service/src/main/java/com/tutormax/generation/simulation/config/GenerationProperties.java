package com.tutormax.generation.simulation.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the synthetic world and its runner.
 *
 * @param seed the seed a new world starts from (GENERATION_SEED)
 * @param backfillDays days of history a first backfill simulates (GENERATION_BACKFILL_DAYS)
 * @param autoStart on start, seed and backfill an empty system, then go live; resume live mode
 *     after a restart (GENERATION_AUTO_START)
 * @param tick how often live mode publishes what simulated time has reached (at most 15 minutes)
 * @param liveTicks who ticks live mode: CONTINUOUS, the runner every {@code tick}; SCHEDULED, the
 *     scheduler's {@code generation-live-tick} job every 15 minutes (GENERATION_LIVE_TICKS)
 * @param initialTutors roster size on the first day
 * @param targetActiveTutors roster size joiners keep the active count near
 * @param sessionsPerDay average daily sessions
 * @param ackTimeout how long a day's events may wait for the broker's acknowledgements
 */
@ConfigurationProperties("tutormax.generation")
public record GenerationProperties(
    long seed,
    int backfillDays,
    boolean autoStart,
    Duration tick,
    LiveTicks liveTicks,
    int initialTutors,
    int targetActiveTutors,
    int sessionsPerDay,
    Duration ackTimeout) {

  /** Who advances live mode. */
  public enum LiveTicks {
    CONTINUOUS,
    SCHEDULED
  }

  public GenerationProperties {
    if (tick.compareTo(Duration.ofMinutes(15)) > 0) {
      throw new IllegalArgumentException("tutormax.generation.tick must be at most 15 minutes");
    }
    if (backfillDays < 1 || backfillDays > 3650) {
      throw new IllegalArgumentException("tutormax.generation.backfill-days must be 1..3650");
    }
  }
}
