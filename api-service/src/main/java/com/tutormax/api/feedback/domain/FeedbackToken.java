package com.tutormax.api.feedback.domain;

import java.time.Instant;

/**
 * A stored feedback link: bound to one session (and so to its tutor and student), usable once
 * before it expires. Only the token's hash is stored.
 */
public record FeedbackToken(
    String tokenHash,
    String sessionId,
    String tutorId,
    String studentId,
    boolean firstSession,
    Instant issuedAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt) {

  /** Where a link stands. */
  public enum State {
    USABLE,
    USED,
    REVOKED,
    EXPIRED
  }

  public State state(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    if (revokedAt != null) {
      return State.REVOKED;
    }
    return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
  }
}
