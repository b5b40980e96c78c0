package com.tutormax.common.heartbeat;

import com.tutormax.common.events.Heartbeat;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.kafka.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import reactor.core.publisher.Flux;

/**
 * Every few seconds: service, instance, version, uptime, the status of each dependency, consumer
 * lag per group and processed/failed counts, published to the heartbeats topic.
 */
public class HeartbeatPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(HeartbeatPublisher.class);
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(4);

  private final String service;
  private final String instanceId;
  private final String version;
  private final Duration interval;
  private final Map<String, ReactiveHealthIndicator> dependencies;
  private final KafkaListenerEndpointRegistry listeners;
  private final ConsumerLag lag;
  private final EventCounters counters;
  private final EventPublisher publisher;
  private final Clock clock;
  private final Instant startedAt;
  private volatile ScheduledExecutorService executor;

  public HeartbeatPublisher(
      String service,
      String instanceId,
      String version,
      Duration interval,
      Map<String, ReactiveHealthIndicator> dependencies,
      KafkaListenerEndpointRegistry listeners,
      ConsumerLag lag,
      EventCounters counters,
      EventPublisher publisher,
      Clock clock) {
    this.service = service;
    this.instanceId = instanceId;
    this.version = version;
    this.interval = interval;
    this.dependencies = dependencies;
    this.listeners = listeners;
    this.lag = lag;
    this.counters = counters;
    this.publisher = publisher;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  /** Builds the current heartbeat (checks every dependency, reads consumer lag). */
  public Heartbeat current() {
    Map<String, String> statuses = new LinkedHashMap<>();
    Flux.fromIterable(dependencies.entrySet())
        .flatMap(
            e ->
                e.getValue()
                    .health()
                    .timeout(CHECK_TIMEOUT)
                    .onErrorResume(ex -> reactor.core.publisher.Mono.just(Health.down().build()))
                    .map(h -> Map.entry(e.getKey(), h.getStatus().getCode())))
        .collectList()
        .blockOptional()
        .ifPresent(list -> list.forEach(e -> statuses.put(e.getKey(), e.getValue())));
    boolean allUp = statuses.values().stream().allMatch(Status.UP.getCode()::equals);
    Instant now = clock.instant();
    EventCounters.DayFigures today = counters.today();
    return new Heartbeat(
        service,
        instanceId,
        version,
        startedAt,
        Duration.between(startedAt, now).toSeconds(),
        allUp ? Status.UP.getCode() : "DEGRADED",
        statuses,
        lag.of(consumerGroups()),
        counters.processedCount(),
        counters.failedCount(),
        today.processed(),
        today.failed(),
        today.avgHandlingMillis(),
        now);
  }

  private Set<String> consumerGroups() {
    Set<String> groups = new HashSet<>();
    if (listeners != null) {
      for (MessageListenerContainer container : listeners.getListenerContainers()) {
        if (container.getGroupId() != null) {
          groups.add(container.getGroupId());
        }
      }
    }
    return groups;
  }

  private void beat() {
    try {
      publisher.publish(current()).block(CHECK_TIMEOUT.multipliedBy(2));
    } catch (RuntimeException e) {
      log.warn("Heartbeat not published: {}", e.toString());
    }
  }

  @Override
  public void start() {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    executor = scheduler;
    scheduler.scheduleWithFixedDelay(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    ScheduledExecutorService scheduler = executor;
    executor = null;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
