package com.tutormax.api.notifications.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a notice is tried: at most {@code maxAttempts} times, waiting {@code firstDelay} after
 * the first failure and twice as long after each next one, never more than {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("0 <= firstDelay <= maxDelay");
    }
  }

  /** The wait before the next attempt after {@code attempts} failed ones; empty: give up. */
  public Optional<Duration> delayAfter(int attempts) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = firstDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
