package com.tutormax.common.events;

import com.tutormax.common.domain.PerformanceTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tutor's metrics by window and tier after an event (event time {@code asOf}).
 *
 * <p>Schema v2 adds {@code openDay}: the tutor's UTC day of {@code asOf} so far, in the shape its
 * {@link TutorDayClosed} will have ({@code closedAt} = {@code asOf}), so churn can re-score a tutor
 * within seconds of a live session with the same feature function it uses on closed days. A v1
 * message decodes with {@code openDay} null.
 */
public record PerformanceEvaluated(
    String tutorId,
    Instant asOf,
    PerformanceTier tier,
    PerformanceTier previousTier,
    double score,
    Map<String, Map<String, Double>> metricsByWindow,
    List<String> flags,
    TutorDayClosed openDay)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
