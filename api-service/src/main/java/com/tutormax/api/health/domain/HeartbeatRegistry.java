package com.tutormax.api.health.domain;

import com.tutormax.common.events.Heartbeat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest heartbeat of every instance this api instance has heard from. Every api instance reads
 * all heartbeats, so each holds the whole picture; nothing here needs to survive a restart.
 */
public class HeartbeatRegistry {

  private final Map<String, ReceivedHeartbeat> latest = new ConcurrentHashMap<>();
  private final Duration forgetAfter;

  public HeartbeatRegistry(Duration forgetAfter) {
    this.forgetAfter = forgetAfter;
  }

  public void record(Heartbeat beat, Instant receivedAt) {
    latest.merge(
        beat.service() + "/" + beat.instanceId(),
        new ReceivedHeartbeat(beat, receivedAt),
        (old, fresh) -> fresh.beat().sentAt().isBefore(old.beat().sentAt()) ? old : fresh);
  }

  /** Current heartbeats, dropping instances silent for longer than {@code forgetAfter}. */
  public List<ReceivedHeartbeat> current(Instant now) {
    latest.values().removeIf(r -> r.receivedAt().plus(forgetAfter).isBefore(now));
    return List.copyOf(latest.values());
  }
}
