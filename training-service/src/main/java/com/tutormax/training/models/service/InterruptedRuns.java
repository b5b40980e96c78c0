package com.tutormax.training.models.service;

import com.tutormax.training.models.persistence.RegistryStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A run that was in progress when the service stopped can never finish; at start it is marked
 * failed so a new run may start. (Runs are short and one at a time, so a single instance owns
 * them.)
 */
@Component
class InterruptedRuns {

  private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

  private final RegistryStore registry;
  private final Clock clock;

  InterruptedRuns(RegistryStore registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void failInterruptedRuns() {
    Long n = registry.abandonRunning(clock.instant()).block(Duration.ofSeconds(30));
    if (n != null && n > 0) {
      log.warn("{} training run(s) were interrupted by a stop and are marked failed", n);
    }
  }
}
