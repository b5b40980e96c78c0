package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as stored. The dedupe key names what the notice is about (e.g. {@code
 * feedback-reminder:S-1}): the store keeps one notice per key, so a retried or re-run job never
 * records, nor later sends, the same one twice.
 */
public record Notification(
    UUID id,
    NotificationKind kind,
    Recipient recipient,
    String subject,
    String body,
    Instant createdAt,
    NotificationStatus status,
    int attempts,
    String dedupeKey,
    String sessionId,
    String tutorId) {

  /** A new notice, RECORDED, not yet attempted. */
  public static Notification recorded(
      NotificationKind kind,
      Recipient recipient,
      Message message,
      String dedupeKey,
      String sessionId,
      String tutorId,
      Instant now) {
    return new Notification(
        UUID.randomUUID(),
        kind,
        recipient,
        message.subject(),
        message.body(),
        now,
        NotificationStatus.RECORDED,
        0,
        dedupeKey,
        sessionId,
        tutorId);
  }
}
