package com.tutormax.api.portal.domain;

/** A tutor's lifetime counts that badges are earned by. */
public record Milestones(
    long sessionsHeld,
    long tenureDays,
    long fiveStarRatings,
    long firstSessionsRated,
    long firstSessionsSuccessful) {}
