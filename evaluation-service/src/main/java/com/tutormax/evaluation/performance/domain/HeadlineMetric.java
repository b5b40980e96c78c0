package com.tutormax.evaluation.performance.domain;

import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The PRD's six headline metrics with everything judged on them: the sample a value needs before it
 * counts, the flag threshold (amber) and the red threshold, and the best possible value. A flag and
 * a score component use a metric only once its minimum sample is reached, so one bad session of
 * three cannot flag a tutor.
 */
public enum HeadlineMetric {
  /** Mean of the last 30 ratings (1–5); flag below 3.5 ("underperforming"), red below 3.0. */
  RATING_AVERAGE(
      "LOW_RATING", WindowMetrics::ratingAverage, WindowMetrics::ratingsUsed, 3, 3.5, 3.0, 5),
  /** First sessions rated 4+ (%); flag below 70, red below 30; needs 2 rated first sessions. */
  FIRST_SESSION_SUCCESS_RATE(
      "LOW_FIRST_SESSION_SUCCESS",
      WindowMetrics::firstSessionSuccessRate,
      WindowMetrics::firstSessionsRated,
      2,
      70,
      30,
      100),
  /** Tutor reschedules per scheduled session (%); flag above 15 ("high"), red above 25. */
  RESCHEDULE_RATE(
      "HIGH_RESCHEDULE_RATE",
      WindowMetrics::rescheduleRate,
      WindowMetrics::sessionsScheduled,
      10,
      15,
      25,
      0),
  /** No-shows per scheduled session (%); flag above 5 ("concerning"), red above 10. */
  NO_SHOW_RATE(
      "HIGH_NO_SHOW_RATE",
      WindowMetrics::noShowRate,
      WindowMetrics::sessionsScheduled,
      10,
      5,
      10,
      0),
  /** {@link EngagementScore} (0–100); flag below 60 ("disengaged"), red below 45; 7 days seen. */
  ENGAGEMENT_SCORE(
      "DISENGAGED", WindowMetrics::engagementScore, WindowMetrics::daysObserved, 7, 60, 45, 100),
  /** Held sessions meeting their objectives (%); flag below 80, red below 65. */
  OBJECTIVES_MET_RATE(
      "LOW_OBJECTIVES_MET",
      WindowMetrics::objectivesMetRate,
      WindowMetrics::sessionsHeld,
      10,
      80,
      65,
      100);

  private final String flagCode;
  private final Function<WindowMetrics, Double> value;
  private final ToIntFunction<WindowMetrics> sample;
  private final int minimumSample;
  private final double flagThreshold;
  private final double redThreshold;
  private final double best;

  HeadlineMetric(
      String flagCode,
      Function<WindowMetrics, Double> value,
      ToIntFunction<WindowMetrics> sample,
      int minimumSample,
      double flagThreshold,
      double redThreshold,
      double best) {
    this.flagCode = flagCode;
    this.value = value;
    this.sample = sample;
    this.minimumSample = minimumSample;
    this.flagThreshold = flagThreshold;
    this.redThreshold = redThreshold;
    this.best = best;
  }

  /** The value when its sample is large enough to judge, else null. */
  public Double judgeableValue(WindowMetrics metrics) {
    Double v = value.apply(metrics);
    return v != null && sample.applyAsInt(metrics) >= minimumSample ? v : null;
  }

  /** Higher is better for ratings, success, engagement and objectives; worse for the others. */
  public boolean higherIsBetter() {
    return best > flagThreshold;
  }

  /** Strictly past the flag threshold (the threshold itself does not flag). */
  public boolean isFlagged(double v) {
    return higherIsBetter() ? v < flagThreshold : v > flagThreshold;
  }

  public boolean isRed(double v) {
    return higherIsBetter() ? v < redThreshold : v > redThreshold;
  }

  /** The code of this metric's flag in {@code PerformanceEvaluated.flags}. */
  public String flagCode() {
    return flagCode;
  }

  public int minimumSample() {
    return minimumSample;
  }

  public double flagThreshold() {
    return flagThreshold;
  }

  public double redThreshold() {
    return redThreshold;
  }

  public double best() {
    return best;
  }
}
