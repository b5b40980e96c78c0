package com.tutormax.common.events;

import java.time.Instant;
import java.util.Map;

/** The scheduler asks a service to run one job; {@code runId} makes the run at-most-once. */
public record JobRequested(
    String runId,
    String jobName,
    String targetService,
    Map<String, String> parameters,
    Instant scheduledFor,
    Instant requestedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return runId;
  }
}
