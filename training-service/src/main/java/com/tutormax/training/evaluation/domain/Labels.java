package com.tutormax.training.evaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Churn labels for a prediction window with right-censoring: a row is labelled only once its whole
 * window has been observed — a positive if the tutor churned within it, else a negative — and is
 * censored before. "No churn yet" is not "no churn"; and keeping the early-known positives of
 * recent rows while their negatives wait would make the most recent rows (the test split) all
 * positive, so a churn seen early does not label a row either.
 */
public final class Labels {

  private Labels() {}

  /** The label of one row for one window. */
  public enum Label {
    /** Churned on a day in [asOf, asOf + W − 1]. */
    POSITIVE,
    /** No churn in the window, and its last day has been observed. */
    NEGATIVE,
    /** The window is not fully observed yet: left out for this window, whatever is known. */
    CENSORED,
    /**
     * The tutor had already churned before the as-of date: such a row should not exist (nobody
     * predicts churn for a tutor who is gone), so it is left out of every window rather than
     * labelled.
     */
    EXCLUDED
  }

  /**
   * Labels a row.
   *
   * @param asOf the day the prediction is made for
   * @param churnDate the tutor's churn date (churn detected or resigned), or null if none is known
   * @param observedThrough the last day whose outcome is known
   * @param windowDays W, the window length in days (at least 1); the window is [asOf, asOf + W − 1]
   */
  public static Label of(
      LocalDate asOf, LocalDate churnDate, LocalDate observedThrough, int windowDays) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(observedThrough, "observedThrough");
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least one day: " + windowDays);
    }
    LocalDate lastDay = asOf.plusDays(windowDays - 1L);
    if (churnDate != null && churnDate.isBefore(asOf)) {
      return Label.EXCLUDED;
    }
    if (observedThrough.isBefore(lastDay)) {
      return Label.CENSORED;
    }
    return churnDate != null && !churnDate.isAfter(lastDay) ? Label.POSITIVE : Label.NEGATIVE;
  }
}
