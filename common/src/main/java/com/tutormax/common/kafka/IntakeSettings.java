package com.tutormax.common.kafka;

import java.time.Duration;

/**
 * How a service's batch intake consumes (see {@link BatchListenerFactory#intake}); implemented by
 * the service's {@code @ConfigurationProperties} record.
 */
public interface IntakeSettings {

  /** How long a failing batch is retried before its records go to the dead-letter topic. */
  Duration retryFor();

  /** The largest batch one poll returns. */
  int maxPollRecords();

  /** How long a poll waits for a fuller batch. */
  Duration fetchMaxWait();
}
