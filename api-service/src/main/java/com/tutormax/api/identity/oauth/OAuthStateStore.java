package com.tutormax.api.identity.oauth;

import com.tutormax.common.events.EventJson;
import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Pending sign-ins by their state value, in Redis for ten minutes, each usable once: a replayed or
 * forged callback finds nothing. Losing Redis only fails sign-ins in flight.
 */
@Component
class OAuthStateStore {

  static final Duration TTL = Duration.ofMinutes(10);
  private static final String PREFIX = "oauth:state:";

  private final ReactiveStringRedisTemplate redis;

  OAuthStateStore(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  Mono<Void> save(String state, PendingLogin login) {
    return redis
        .opsForValue()
        .set(PREFIX + state, EventJson.mapper().writeValueAsString(login), TTL)
        .then();
  }

  /** Returns and deletes the pending sign-in (single use). */
  Mono<PendingLogin> take(String state) {
    return redis
        .opsForValue()
        .getAndDelete(PREFIX + state)
        .map(json -> EventJson.mapper().readValue(json, PendingLogin.class));
  }
}
