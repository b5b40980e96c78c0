package com.tutormax.common.events;

import java.time.Instant;
import java.util.Map;

/** A service reports how a requested job run ended. */
public record JobFinished(
    String runId,
    String jobName,
    String service,
    Outcome outcome,
    long durationMillis,
    Map<String, Long> counts,
    String error,
    Instant finishedAt)
    implements TutorMaxEvent {

  /** How the run ended. */
  public enum Outcome {
    SUCCEEDED,
    FAILED
  }

  @Override
  public String key() {
    return runId;
  }
}
