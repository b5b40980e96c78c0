package com.tutormax.training.models.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One labelled training row of a churn window: a tutor's feature values on an as-of day (in the
 * order of the feature names the trainer is given) and whether the tutor churned within the window.
 */
public record LabelledRow(String tutorId, LocalDate asOfDay, float[] features, boolean churned) {

  public LabelledRow {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(asOfDay, "asOfDay");
    Objects.requireNonNull(features, "features");
  }
}
