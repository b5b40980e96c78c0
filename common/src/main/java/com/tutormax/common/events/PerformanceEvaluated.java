package com.tutormax.common.events;

import com.tutormax.common.domain.PerformanceTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tutor's metrics by window and tier after an event (event time {@code asOf}). */
public record PerformanceEvaluated(
    String tutorId,
    Instant asOf,
    PerformanceTier tier,
    PerformanceTier previousTier,
    double score,
    Map<String, Map<String, Double>> metricsByWindow,
    List<String> flags)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
