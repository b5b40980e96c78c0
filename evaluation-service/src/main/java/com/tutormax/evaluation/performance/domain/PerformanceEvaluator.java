package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.Window;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Evaluates one tutor as of a day: metrics over 7, 30 and 90 days, flags and score from the 30-day
 * window, tier from the score's rank among the population and the flags. Give it the tutor's day
 * aggregates and rated sessions of at least the last 90 days, and the thresholds of the latest
 * daily rollup ({@link PopulationThresholds#DEFAULTS} before the first).
 */
public final class PerformanceEvaluator {

  /** The PRD evaluates flags, score and tier on the 30-day window. */
  public static final Window JUDGED_WINDOW = Window.DAYS_30;

  private PerformanceEvaluator() {}

  public static TutorEvaluation evaluate(
      LocalDate asOf,
      Collection<DayAggregate> days,
      Collection<RatedSession> ratings,
      PopulationThresholds thresholds) {
    Map<Window, WindowMetrics> metrics = MetricsCalculator.computeAll(asOf, days, ratings);
    WindowMetrics judged = metrics.get(JUDGED_WINDOW);
    List<Flag> flags = Flag.raisedBy(judged);
    OptionalDouble score = PerformanceScore.of(judged);
    PerformanceTier tier = TierRule.tier(score, flags, thresholds);
    return new TutorEvaluation(metrics, flags, score, tier);
  }
}
