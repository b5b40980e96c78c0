package com.tutormax.common.events;

import com.tutormax.common.features.LogisticModel;
import java.time.Instant;
import java.util.Map;

/**
 * Training promoted a first-session model (the risk of a first session rated below 3). The model is
 * a few dozen numbers, so it travels in the event itself; churn stores it and serves it.
 */
public record FirstSessionModelPromoted(
    String modelId,
    String version,
    LogisticModel model,
    Map<String, Double> metrics,
    Instant promotedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return "first-session";
  }
}
