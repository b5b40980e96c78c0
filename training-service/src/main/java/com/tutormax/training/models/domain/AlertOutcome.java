package com.tutormax.training.models.domain;

/**
 * How one alert level (calibrated probability × 100 strictly above it) did on the test split: rows
 * flagged, precision (NaN if none flagged) and recall (NaN if no positives).
 */
public record AlertOutcome(int flagged, double precision, double recall) {}
