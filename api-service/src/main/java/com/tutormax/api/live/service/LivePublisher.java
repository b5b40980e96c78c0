package com.tutormax.api.live.service;

import com.tutormax.api.live.config.LiveProperties;
import com.tutormax.api.live.domain.LiveMessage;
import com.tutormax.api.live.domain.LiveMessages;
import com.tutormax.api.live.persistence.LastRiskLevels;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the events the dashboard follows into pushes and publishes them. Only news is pushed: a
 * prediction as of more than {@code recent-within} ago (a backfill's past days) or older than one
 * already pushed for the tutor is not.
 */
@Service
public class LivePublisher {

  private static final Logger log = LoggerFactory.getLogger(LivePublisher.class);

  /** A batch's pushes wait no longer for Redis: a push is news, the topic's records are kept. */
  private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(3);

  private final LiveHub hub;
  private final LastRiskLevels levels;
  private final LiveProperties properties;
  private final Clock clock;

  public LivePublisher(LiveHub hub, LastRiskLevels levels, LiveProperties properties, Clock clock) {
    this.hub = hub;
    this.levels = levels;
    this.properties = properties;
    this.clock = clock;
  }

  /** Publishes the pushes of a batch of events, in order; gives up on Redis after a while. */
  public void publish(List<TutorMaxEvent> events) {
    Flux.fromIterable(events)
        .concatMap(this::pushes)
        .concatMap(hub::publish)
        .then()
        .timeout(BATCH_TIMEOUT)
        .onErrorResume(
            e -> {
              log.warn("Live pushes of {} events not published: {}", events.size(), e.toString());
              return Mono.empty();
            })
        .block();
  }

  Flux<LiveMessage> pushes(TutorMaxEvent event) {
    if (event instanceof ChurnPredicted p) {
      return prediction(p);
    }
    if (event instanceof InterventionRecommended r && isRecent(r.recommendedAt())) {
      return Flux.just(LiveMessages.of(r));
    }
    if (event instanceof InterventionUpdated u && isRecent(u.updatedAt())) {
      return Flux.just(LiveMessages.of(u));
    }
    return Flux.empty();
  }

  private Flux<LiveMessage> prediction(ChurnPredicted p) {
    if (p.riskLevel() == null || !isRecent(p.asOf())) {
      return Flux.empty();
    }
    return levels
        .swap(p.tutorId(), p.asOf(), p.riskLevel())
        .flatMapMany(
            swap ->
                swap instanceof LastRiskLevels.Replaced replaced
                    ? Flux.fromIterable(LiveMessages.of(p, replaced.previous()))
                    : Flux.empty());
  }

  private boolean isRecent(java.time.Instant at) {
    return at != null && !at.isBefore(clock.instant().minus(properties.recentWithin()));
  }
}
