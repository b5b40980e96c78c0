package com.tutormax.api.live.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One push to the dashboard: what changed ({@link LiveTopic}), about which tutor, as of when (event
 * time), and the figures a client shows without a reload.
 */
public record LiveMessage(LiveTopic topic, String tutorId, Instant at, Map<String, Object> data) {

  public LiveMessage {
    // Values may be null (no previous level yet): Map.copyOf would refuse them.
    data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
