package com.tutormax.churn.accuracy.domain;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A manager's override as far as accuracy is concerned: its level and when it was in force, from
 * {@code createdAt} until the earlier of {@code expiresAt} and {@code revokedAt} (null: never
 * revoked).
 */
public record OverrideSpan(
    String tutorId, RiskLevel level, Instant createdAt, Instant expiresAt, Instant revokedAt) {

  public OverrideSpan {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** When it stopped counting: the earlier of its expiry and its revocation. */
  public Instant end() {
    return revokedAt != null && revokedAt.isBefore(expiresAt) ? revokedAt : expiresAt;
  }

  /**
   * Whether it was in force at some moment of the UTC day {@code day} (created before the day
   * ended, and ended after the day began): the level managers acted on that day.
   */
  public boolean inForceOn(LocalDate day) {
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant next = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return createdAt.isBefore(next) && end().isAfter(start) && createdAt.isBefore(end());
  }
}
