package com.tutormax.api.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Brute-force protection: after {@code maxFailures} consecutive failed logins the account is locked
 * for {@code coolDown}; a success resets the count.
 */
public record Lockout(int maxFailures, Duration coolDown) {

  public boolean isLocked(Instant lockedUntil, Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** The lock to set after a failure that brings the count to {@code failures}, or null. */
  public Instant lockAfterFailure(int failures, Instant now) {
    return failures >= maxFailures ? now.plus(coolDown) : null;
  }
}
