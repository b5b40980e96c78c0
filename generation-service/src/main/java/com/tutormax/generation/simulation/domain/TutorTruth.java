package com.tutormax.generation.simulation.domain;

import java.time.LocalDate;

/**
 * The ground truth about one tutor: what the simulation made them and when (if ever) they are set
 * to leave. Stored only in the generation schema, behind an admin-only route, for measuring
 * predictions; no feature may read it.
 */
public record TutorTruth(
    String tutorId,
    Archetype archetype,
    Archetype behaviour,
    String subjectFamily,
    LocalDate joinedOn,
    LocalDate declineStartsOn,
    LocalDate plannedChurnOn,
    ChurnReason churnReason,
    LocalDate leftOn) {}
