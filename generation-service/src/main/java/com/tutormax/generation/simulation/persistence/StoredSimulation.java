package com.tutormax.generation.simulation.persistence;

import com.tutormax.generation.simulation.domain.WorldSettings;
import java.time.Instant;

/**
 * The stored simulation: its settings, its checkpoint, whether live mode should run and whether a
 * backfill was under way (to be finished after a crash).
 */
public record StoredSimulation(
    WorldSettings settings, Instant publishedUntil, boolean live, boolean backfilling) {}
