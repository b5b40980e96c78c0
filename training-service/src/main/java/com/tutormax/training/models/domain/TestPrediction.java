package com.tutormax.training.models.domain;

import java.time.LocalDate;

/**
 * A model's calibrated probability for one row of its held-out test split, with the row's label:
 * kept with the model so its quality can be measured afterwards (e.g. against ground truth).
 */
public record TestPrediction(
    String tutorId, LocalDate asOfDay, double probability, boolean churned) {}
