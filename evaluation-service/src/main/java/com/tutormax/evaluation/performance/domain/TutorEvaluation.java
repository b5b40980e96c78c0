package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.Window;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.TutorDayClosed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** One tutor evaluated as of a day: metrics by window, 30-day flags, score and tier. */
public record TutorEvaluation(
    Map<Window, WindowMetrics> metrics,
    List<Flag> flags,
    OptionalDouble score,
    PerformanceTier tier) {

  public TutorEvaluation {
    metrics = Map.copyOf(metrics);
    flags = List.copyOf(flags);
  }

  /** Metrics under "7d", "30d", "90d", each as {@link WindowMetrics#toMap}. */
  public Map<String, Map<String, Double>> metricsByWindow() {
    Map<String, Map<String, Double>> byWindow = new LinkedHashMap<>();
    for (Window window : Window.values()) {
      WindowMetrics m = metrics.get(window);
      if (m != null) {
        byWindow.put(WindowMetrics.key(window), m.toMap());
      }
    }
    return Collections.unmodifiableMap(byWindow);
  }

  /** The same metrics and flags ranked against other thresholds (the daily rollup's). */
  public TutorEvaluation rankedBy(PopulationThresholds thresholds) {
    return new TutorEvaluation(metrics, flags, score, TierRule.tier(score, flags, thresholds));
  }

  public List<String> flagCodes() {
    List<String> codes = new ArrayList<>();
    for (Flag flag : flags) {
      codes.add(flag.code());
    }
    return List.copyOf(codes);
  }

  /**
   * The event to publish, or empty while the tutor has no score (no metric has its minimum sample
   * yet): the event's score is not optional, and 0 would read as a terrible score. {@code openDay}
   * is the tutor's day of {@code asOf} so far (churn's live re-score).
   */
  public Optional<PerformanceEvaluated> toEvent(
      String tutorId, Instant asOf, PerformanceTier previousTier, TutorDayClosed openDay) {
    if (score.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PerformanceEvaluated(
            tutorId,
            asOf,
            tier,
            previousTier,
            score.getAsDouble(),
            metricsByWindow(),
            flagCodes(),
            openDay));
  }
}
