package com.tutormax.generation.simulation.service;

import com.tutormax.generation.simulation.domain.Emission;
import com.tutormax.generation.simulation.domain.World;
import com.tutormax.generation.simulation.domain.WorldSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where the runner stands in a world: the simulated day that holds the checkpoint and the position
 * in that day's events. Rebuilding re-simulates the earlier days without publishing, which
 * reproduces the state exactly because the world is deterministic.
 */
final class WorldCursor {

  private final World world;
  private List<Emission> dayEvents = List.of();
  private int dayIndex = -1;
  private int position;

  WorldCursor(WorldSettings settings) {
    this.world = new World(settings);
  }

  World world() {
    return world;
  }

  Instant startOf(int day) {
    return world.startOf(day);
  }

  int dayOf(Instant instant) {
    return (int) Math.floorDiv(Duration.between(world.startOf(0), instant).toSeconds(), 86_400);
  }

  /** True when the day holding {@code at} was simulated by this call (its truth may change). */
  boolean moveTo(Instant at) {
    int day = Math.max(0, dayOf(at));
    boolean simulated = false;
    if (day != dayIndex) {
      if (day < world.nextDay()) {
        throw new IllegalStateException("cannot move back to day " + day);
      }
      while (world.nextDay() < day) {
        world.simulateDay();
      }
      dayEvents = world.simulateDay();
      dayIndex = day;
      position = 0;
      simulated = true;
    }
    while (position < dayEvents.size() && dayEvents.get(position).publishAt().isBefore(at)) {
      position++;
    }
    return simulated;
  }

  /** The events of the current day from the cursor up to (excluding) {@code until}. */
  List<Emission> takeUntil(Instant until) {
    int from = position;
    while (position < dayEvents.size() && dayEvents.get(position).publishAt().isBefore(until)) {
      position++;
    }
    return dayEvents.subList(from, position);
  }

  int day() {
    return dayIndex;
  }
}
