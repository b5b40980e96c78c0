package com.tutormax.evaluation.performance.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The performance score, 0–100, that ranks tutors for the tiers: a weighted mean of the 30-day
 * headline metrics. Each metric becomes a 0–100 component on one scale: 100 at its best possible
 * value, 50 exactly at its flag threshold, linear and clamped to 0–100 (so a rating of 3.5 scores
 * 50 and 5.0 scores 100; a 15% reschedule rate scores 50 and 0% scores 100). Weights: rating
 * average 0.25, first-session success, reschedule rate, no-show rate, engagement and objectives met
 * 0.15 each. A metric below its minimum sample is left out and the rest re-weighted; with none left
 * there is no score.
 */
public final class PerformanceScore {

  public static final Map<HeadlineMetric, Double> WEIGHTS = weights();

  private PerformanceScore() {}

  public static OptionalDouble of(WindowMetrics thirtyDay) {
    double weighted = 0;
    double weights = 0;
    for (HeadlineMetric metric : HeadlineMetric.values()) {
      Double v = metric.judgeableValue(thirtyDay);
      if (v != null) {
        double weight = WEIGHTS.get(metric);
        weighted += weight * component(metric, v);
        weights += weight;
      }
    }
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
  }

  /** One metric on the common 0–100 scale: 100 at best, 50 at the flag threshold. */
  public static double component(HeadlineMetric metric, double value) {
    double halfway = (metric.best() - value) / (metric.best() - metric.flagThreshold());
    return Math.max(0, Math.min(100, 100 - 50 * halfway));
  }

  private static Map<HeadlineMetric, Double> weights() {
    Map<HeadlineMetric, Double> w = new EnumMap<>(HeadlineMetric.class);
    w.put(HeadlineMetric.RATING_AVERAGE, 0.25);
    w.put(HeadlineMetric.FIRST_SESSION_SUCCESS_RATE, 0.15);
    w.put(HeadlineMetric.RESCHEDULE_RATE, 0.15);
    w.put(HeadlineMetric.NO_SHOW_RATE, 0.15);
    w.put(HeadlineMetric.ENGAGEMENT_SCORE, 0.15);
    w.put(HeadlineMetric.OBJECTIVES_MET_RATE, 0.15);
    return Collections.unmodifiableMap(w);
  }
}
