package com.tutormax.api.home.service;

import com.tutormax.api.home.config.HomeProperties;
import com.tutormax.api.home.domain.HomeSnapshot;
import com.tutormax.api.home.domain.OpenTask;
import com.tutormax.api.home.persistence.HomeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ops home. What every viewer sees alike (KPIs, the alerts queue, the trend) is a snapshot
 * recomputed every {@code refresh-every} in the background, so a request only reads memory and the
 * caller's own queue (one indexed query): the home answers in milliseconds on any history.
 */
@Service
public class HomeService implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(HomeService.class);

  private final HomeStore store;
  private final HomeProperties properties;
  private final Clock clock;
  private final AtomicReference<HomeSnapshot> latest = new AtomicReference<>();
  private volatile Disposable refreshing;

  public HomeService(HomeStore store, HomeProperties properties, Clock clock) {
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** The home for one viewer: the shared snapshot and the viewer's own queue. */
  public record Home(HomeSnapshot shared, List<OpenTask> myQueue) {}

  public Mono<Home> home(UUID viewer) {
    HomeSnapshot snapshot = latest.get();
    Mono<HomeSnapshot> shared = snapshot != null ? Mono.just(snapshot) : refresh();
    Mono<List<OpenTask>> mine =
        viewer == null
            ? Mono.just(List.of())
            : store.queueOf(viewer, properties.queueLimit(), clock.instant()).collectList();
    return Mono.zip(shared, mine).map(t -> new Home(t.getT1(), t.getT2()));
  }

  /** Recomputes the shared part now (also what the background refresh runs). */
  public Mono<HomeSnapshot> refresh() {
    Instant now = clock.instant();
    Instant from = now.minus(Duration.ofDays(properties.windowDays()));
    LocalDate trendFrom =
        LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(properties.trendDays() - 1L);
    return Mono.zip(
            store.kpis(from, now),
            store.criticalAlerts(properties.queueLimit(), now),
            store.trend(trendFrom))
        .map(t -> new HomeSnapshot(now, t.getT1(), t.getT2(), t.getT3()))
        .doOnNext(latest::set);
  }

  @Override
  public void start() {
    refreshing =
        Flux.interval(Duration.ZERO, properties.refreshEvery())
            .onBackpressureDrop()
            .concatMap(
                i ->
                    refresh()
                        .onErrorResume(
                            e -> {
                              // The last snapshot stays; the next tick tries again.
                              log.warn("Ops home figures not refreshed: {}", e.toString());
                              return Mono.empty();
                            }),
                1)
            .subscribe();
  }

  @Override
  public void stop() {
    Disposable d = refreshing;
    if (d != null) {
      d.dispose();
    }
  }

  @Override
  public boolean isRunning() {
    Disposable d = refreshing;
    return d != null && !d.isDisposed();
  }
}
