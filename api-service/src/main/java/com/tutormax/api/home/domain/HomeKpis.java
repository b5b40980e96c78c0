package com.tutormax.api.home.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The ops home's KPIs over the window {@code from}–{@code to} (PRD "Performance evaluation"):
 *
 * <ul>
 *   <li>{@code firstSessionSuccess}: first sessions rated 4+ of the rated first sessions;
 *   <li>{@code noShows}: no-shows of the scheduled sessions;
 *   <li>{@code reschedules}: rescheduled sessions (by either side) of the scheduled sessions, and
 *       {@code tutorInitiated} the share of those the tutor moved;
 *   <li>{@code atRisk}: active tutors by their current risk level (HIGH and CRITICAL are at risk);
 *   <li>{@code churnThisMonth}: tutors who left (INACTIVE, RESIGNED) since the first of the month
 *       (UTC) of those active at some time this month (active now, or left this month).
 * </ul>
 */
public record HomeKpis(
    Instant from,
    Instant to,
    long totalTutors,
    long activeTutors,
    Map<String, Long> atRisk,
    long atRiskCount,
    Share firstSessionSuccess,
    Share noShows,
    Share reschedules,
    Share tutorInitiated,
    Share churnThisMonth) {}
