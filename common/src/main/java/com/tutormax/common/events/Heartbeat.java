package com.tutormax.common.events;

import java.time.Instant;
import java.util.Map;

/**
 * A service instance says it is alive, how its dependencies are, and how far behind it is. Schema
 * version 2 added the today counters and the average handling time (UTC day).
 */
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
    long processedToday,
    long failedToday,
    double avgHandlingMillisToday,
    Instant sentAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return service;
  }
}
