package com.tutormax.common.events;

import java.time.Instant;
import java.util.Map;

/** Training promoted a model for one prediction window; churn fetches the artifact over HTTP. */
public record ModelPromoted(
    String modelId,
    int windowDays,
    String version,
    String artifactUrl,
    Map<String, Double> metrics,
    Instant promotedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return "window-" + windowDays;
  }
}
