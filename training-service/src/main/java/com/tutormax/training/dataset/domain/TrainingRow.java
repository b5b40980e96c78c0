package com.tutormax.training.dataset.domain;

import com.tutormax.common.features.FeatureVector;
import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One training example: a tutor's features as of a day and their churn label for each prediction
 * window (days → label). Censored windows stay in the row as {@link Label#CENSORED}, so one row
 * serves every window and the trainer drops it only where its outcome is unknown. {@code
 * alreadyLeft}: the tutor had left before the as-of day without it being known yet (an easy
 * positive); never a feature, only for measuring early warning on the others.
 */
public record TrainingRow(
    String tutorId,
    LocalDate asOfDay,
    FeatureVector features,
    Map<Integer, Label> labels,
    boolean alreadyLeft) {

  public TrainingRow {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(asOfDay, "asOfDay");
    Objects.requireNonNull(features, "features");
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /** The label for a window of {@code windowDays} days. */
  public Label label(int windowDays) {
    Label label = labels.get(windowDays);
    if (label == null) {
      throw new IllegalArgumentException("no " + windowDays + "-day window in " + labels.keySet());
    }
    return label;
  }
}
