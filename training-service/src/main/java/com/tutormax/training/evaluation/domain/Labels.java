package com.tutormax.training.evaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Churn labels for a prediction window: did the tutor leave by the window's last day? A tutor who
 * has already left but is not yet known to have (silent for a week, not yet detected) is a positive
 * for every window: churn-service scores such tutors, so training must see them as what they are.
 *
 * <p>Right-censoring: a departure becomes known up to {@code detectionDelayDays} after the tutor
 * left, so a window is observed only once that long has passed after its last day. A row is
 * labelled only then — a positive or a negative — and censored before. "No churn known yet" is not
 * "no churn"; and keeping the early-known positives of recent rows while their negatives wait would
 * make the most recent rows (the test split) mostly positive, so a churn seen early does not label
 * a row either.
 */
public final class Labels {

  private Labels() {}

  /** The label of one row for one window. */
  public enum Label {
    /** Left on or before the window's last day, asOf + W − 1. */
    POSITIVE,
    /** Still there on the window's last day, and that is known. */
    NEGATIVE,
    /** The window's outcome is not known yet: left out for this window, whatever is known. */
    CENSORED,
    /**
     * The churn was already known before the as-of date: such a row should not exist (nobody
     * predicts churn for a tutor known to be gone), so it is left out of every window.
     */
    EXCLUDED
  }

  /**
   * Labels a row.
   *
   * @param asOf the day the prediction is made for (features from the days before it)
   * @param leftOn the day the tutor left, or null if no churn is known
   * @param knownOn the day the churn became known (null with leftOn)
   * @param observedThrough the last day whose events are known
   * @param windowDays W, the window length in days (at least 1); the window is [asOf, asOf + W − 1]
   * @param detectionDelayDays the longest a departure can stay unknown after the tutor left
   */
  public static Label of(
      LocalDate asOf,
      LocalDate leftOn,
      LocalDate knownOn,
      LocalDate observedThrough,
      int windowDays,
      int detectionDelayDays) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(observedThrough, "observedThrough");
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least one day: " + windowDays);
    }
    if (detectionDelayDays < 0) {
      throw new IllegalArgumentException("negative detection delay: " + detectionDelayDays);
    }
    if ((leftOn == null) != (knownOn == null)) {
      throw new IllegalArgumentException("leftOn and knownOn go together");
    }
    LocalDate lastDay = asOf.plusDays(windowDays - 1L);
    if (knownOn != null && knownOn.isBefore(asOf)) {
      return Label.EXCLUDED;
    }
    if (observedThrough.isBefore(lastDay.plusDays(detectionDelayDays))) {
      return Label.CENSORED;
    }
    return leftOn != null && !leftOn.isAfter(lastDay) ? Label.POSITIVE : Label.NEGATIVE;
  }
}
