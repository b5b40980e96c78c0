package com.tutormax.generation.simulation.domain;

import java.time.LocalDate;

/**
 * What a world is made from. The same settings always give the same world, event for event.
 *
 * @param seed drives every random draw
 * @param epoch the first simulated day (UTC)
 * @param initialTutors roster size on day 0
 * @param targetActiveTutors the roster new joiners keep the active count near
 * @param sessionsPerDay the average daily session volume the roster produces
 */
public record WorldSettings(
    long seed, LocalDate epoch, int initialTutors, int targetActiveTutors, int sessionsPerDay) {

  public static final int PRD_MEAN_WEEKLY_SESSIONS = 15;

  /** Makes up for new tutors ramping up and leavers winding down (measured, see WorldTest). */
  static final double VOLUME_CALIBRATION = 1.09;

  public WorldSettings {
    if (initialTutors < 1 || targetActiveTutors < 1 || sessionsPerDay < 1) {
      throw new IllegalArgumentException("tutors and sessions per day must be positive");
    }
  }

  /** The PRD's world: ~300 tutors, about 280 kept active, 3,000 sessions a day. */
  public static WorldSettings prd(long seed, LocalDate epoch) {
    return new WorldSettings(seed, epoch, 300, 285, 3000);
  }

  /**
   * How many real sessions one unit of the PRD's weekly baseline (mean 15, range 5–30) stands for,
   * so that the roster produces the PRD's daily volume (see docs/adr/0002).
   */
  double loadScale() {
    return VOLUME_CALIBRATION
        * sessionsPerDay
        * 7.0
        / (targetActiveTutors * (double) PRD_MEAN_WEEKLY_SESSIONS);
  }
}
