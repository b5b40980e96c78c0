package com.tutormax.api.live.service;

import com.tutormax.api.live.config.LiveProperties;
import com.tutormax.api.live.domain.LiveMessage;
import com.tutormax.api.live.domain.LiveMessages;
import com.tutormax.api.live.domain.LiveTopic;
import com.tutormax.common.events.EventJson;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * The fan-out across api-service instances: whichever instance takes an event publishes its pushes
 * to one Redis channel; every instance relays the channel to its own sockets. Pushes are news, not
 * records: one missed while Redis is down is not replayed (a client refetches on reconnect).
 */
@Service
public class LiveHub implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

  private final ReactiveStringRedisTemplate redis;
  private final ReactiveRedisMessageListenerContainer container;
  private final LiveProperties properties;
  private final Sinks.Many<LiveMessage> relayed = Sinks.many().multicast().directBestEffort();
  private final Flux<LiveMessage> withKpiHints;
  private volatile Disposable subscription;

  public LiveHub(
      ReactiveStringRedisTemplate redis,
      ReactiveRedisMessageListenerContainer container,
      LiveProperties properties,
      Clock clock) {
    this.redis = redis;
    this.container = container;
    this.properties = properties;
    Flux<LiveMessage> changes = relayed.asFlux();
    // KPIs are counts over every tutor: one hint per interval however many changes came in it.
    Flux<LiveMessage> kpiHints =
        changes
            .filter(m -> m.topic() != LiveTopic.KPIS)
            .sample(properties.kpiHintEvery())
            .map(m -> LiveMessages.kpisChanged(clock.instant()));
    this.withKpiHints = Flux.merge(changes, kpiHints).share();
  }

  /** Publishes a push to every instance (this one included, through Redis). */
  public Mono<Long> publish(LiveMessage message) {
    return Mono.fromCallable(() -> EventJson.mapper().writeValueAsString(message))
        .flatMap(json -> redis.convertAndSend(properties.channel(), json));
  }

  /** Everything relayed to this instance from now on, with the KPI hints. */
  public Flux<LiveMessage> stream() {
    return withKpiHints;
  }

  @Override
  public void start() {
    subscription =
        container
            .receive(ChannelTopic.of(properties.channel()))
            .concatMap(m -> decode(m.getMessage()))
            .doOnNext(relayed::tryEmitNext)
            // Redis gone: keep trying (backing off), relaying again once it is back.
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))
                    .maxBackoff(Duration.ofSeconds(10))
                    .doBeforeRetry(r -> log.warn("Live channel lost; resubscribing", r.failure())))
            .subscribe();
  }

  private static Mono<LiveMessage> decode(String json) {
    return Mono.fromCallable(() -> EventJson.mapper().readValue(json, LiveMessage.class))
        .onErrorResume(
            e -> {
              log.warn("Dropped a live push that did not decode", e);
              return Mono.empty();
            });
  }

  @Override
  public void stop() {
    Disposable s = subscription;
    if (s != null) {
      s.dispose();
    }
  }

  @PreDestroy
  void close() {
    relayed.tryEmitComplete();
  }

  @Override
  public boolean isRunning() {
    Disposable s = subscription;
    return s != null && !s.isDisposed();
  }
}
