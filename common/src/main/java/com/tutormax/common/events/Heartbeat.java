package com.tutormax.common.events;

import java.time.Instant;
import java.util.Map;

/** A service instance says it is alive, how its dependencies are, and how far behind it is. */
public record Heartbeat(
    String service,
    String instanceId,
    String version,
    Instant startedAt,
    long uptimeSeconds,
    String status,
    Map<String, String> dependencies,
    Map<String, Long> consumerLag,
    long processed,
    long failed,
    Instant sentAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return service;
  }
}
