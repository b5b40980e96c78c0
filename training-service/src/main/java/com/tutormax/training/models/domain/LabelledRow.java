package com.tutormax.training.models.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One labelled training row of a churn window: a tutor's feature values on an as-of day (in the
 * order of the feature names the trainer is given), whether the tutor churned within the window,
 * and whether they had already left before the as-of day (unknown then; excluded from the
 * early-warning AUC).
 */
public record LabelledRow(
    String tutorId, LocalDate asOfDay, float[] features, boolean churned, boolean alreadyLeft) {

  public LabelledRow {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(asOfDay, "asOfDay");
    Objects.requireNonNull(features, "features");
  }

  /** A row of a tutor who had not left before the as-of day. */
  public LabelledRow(String tutorId, LocalDate asOfDay, float[] features, boolean churned) {
    this(tutorId, asOfDay, features, churned, false);
  }
}
