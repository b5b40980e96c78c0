package com.tutormax.generation.simulation.persistence;

import com.tutormax.generation.simulation.domain.WorldSettings;
import java.time.Instant;

/** The stored simulation: its settings, its checkpoint and whether live mode should run. */
public record StoredSimulation(WorldSettings settings, Instant publishedUntil, boolean live) {}
