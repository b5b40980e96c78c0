package com.tutormax.api.notifications.delivery;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every {@code interval}, sends what is due ({@link NotificationDelivery#drain()}). Rounds never
 * overlap in one instance (a tick that comes while one runs is dropped); instances share the work
 * through the database's claims.
 */
public class DeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  private final NotificationDelivery delivery;
  private final Duration interval;
  private volatile Disposable running;

  public DeliveryWorker(NotificationDelivery delivery, Duration interval) {
    this.delivery = delivery;
    this.interval = interval;
  }

  @Override
  public void start() {
    running =
        Flux.interval(Duration.ZERO, interval)
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    delivery
                        .drain()
                        .onErrorResume(
                            e -> {
                              log.warn("Notice delivery round failed: {}", e.toString());
                              return Mono.empty();
                            }),
                1)
            .subscribe();
  }

  @Override
  public void stop() {
    Disposable current = running;
    running = null;
    if (current != null) {
      current.dispose();
    }
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }

  @Override
  public int getPhase() {
    // Stops before the connection pool is closed.
    return Integer.MAX_VALUE - 1000;
  }
}
