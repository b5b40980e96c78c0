package com.tutormax.generation.simulation.domain;

import com.tutormax.common.events.TutorMaxEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One generated event with its deterministic id and the simulated instant from which it may be
 * published (a session is published when it ends, feedback when it is submitted).
 */
public record Emission(TutorMaxEvent event, UUID eventId, Instant publishAt) {}
