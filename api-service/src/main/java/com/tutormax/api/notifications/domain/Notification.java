package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as stored, with its subject, text and HTML body as rendered when it was recorded (it is
 * sent exactly so), and its delivery state. The dedupe key names what the notice is about (e.g.
 * {@code feedback-reminder:S-1}): the store keeps one notice per key, so a retried or re-run job
 * never records, nor later sends, the same one twice.
 */
public record Notification(
    UUID id,
    NotificationKind kind,
    Recipient recipient,
    String subject,
    String body,
    String bodyHtml,
    Instant createdAt,
    NotificationStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    Instant sentAt,
    String lastError,
    String dedupeKey,
    String sessionId,
    String tutorId) {

  /**
   * A new notice, RECORDED, not yet attempted; queued at once if it has somewhere to go (an email
   * address), never otherwise.
   */
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
        message.text(),
        message.html(),
        now,
        NotificationStatus.RECORDED,
        0,
        recipient.email() == null ? null : now,
        null,
        null,
        null,
        dedupeKey,
        sessionId,
        tutorId);
  }
}
