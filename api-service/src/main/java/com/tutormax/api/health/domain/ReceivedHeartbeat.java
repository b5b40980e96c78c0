package com.tutormax.api.health.domain;

import com.tutormax.common.events.Heartbeat;
import java.time.Instant;

/** A heartbeat with the time this api instance received it (freshness uses our clock). */
public record ReceivedHeartbeat(Heartbeat beat, Instant receivedAt) {}
