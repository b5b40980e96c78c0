package com.tutormax.api.notifications.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notifications.domain.MessageModel;
import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.NotificationQuery;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.persistence.DeliveryQueue;
import com.tutormax.api.notifications.persistence.NotificationStore;
import com.tutormax.api.notifications.templates.NotificationTemplates;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records notices for people, rendered from their kind's templates at once (a notice is sent
 * exactly as recorded), one per dedupe key, ever. The delivery worker emails queued notices when an
 * SMTP server is configured; admins read every notice through {@code GET /api/admin/notifications}
 * and put a FAILED one back in the queue.
 */
@Service
public class NotificationService {

  private final NotificationStore store;
  private final DeliveryQueue queue;
  private final NotificationTemplates templates;
  private final AuditLog audit;
  private final TransactionalOperator transactions;
  private final Clock clock;

  public NotificationService(
      NotificationStore store,
      DeliveryQueue queue,
      NotificationTemplates templates,
      AuditLog audit,
      TransactionalOperator transactions,
      Clock clock) {
    this.store = store;
    this.queue = queue;
    this.templates = templates;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Who reads (or retries) the notices, from the verified token. */
  public record Reader(UUID id, String email) {}

  /**
   * What a job asks to tell someone (the model of the kind's templates, from its {@code *Message}
   * class), and what the notice is about.
   */
  public record Notice(
      NotificationKind kind,
      Recipient recipient,
      MessageModel message,
      String dedupeKey,
      String sessionId,
      String tutorId) {}

  /** Records the notice; true if it is new, false if its dedupe key was recorded before. */
  public Mono<Boolean> record(Notice notice) {
    // Rendered on subscription: a template error is the Mono's error, not the caller's throw.
    return Mono.defer(
        () ->
            store.insertOnce(
                Notification.recorded(
                    notice.kind(),
                    notice.recipient(),
                    templates.render(notice.kind(), notice.message()),
                    notice.dedupeKey(),
                    notice.sessionId(),
                    notice.tutorId(),
                    clock.instant())));
  }

  public Mono<Boolean> recorded(String dedupeKey) {
    return store.exists(dedupeKey);
  }

  /**
   * Matching notices, newest first. The read is audited: notices name students and sessions and a
   * reminder holds a live feedback link.
   */
  public Flux<Notification> search(Reader reader, NotificationQuery query, ClientInfo client) {
    return audit
        .record(
            new AuditEntry(
                reader.id(),
                reader.email(),
                "NOTIFICATIONS_READ",
                "notifications",
                null,
                Outcome.SUCCESS,
                client.ip(),
                client.userAgent(),
                "kind=%s recipient=%s limit=%d"
                    .formatted(query.kind(), query.recipient(), query.limit())))
        .thenMany(store.search(query));
  }

  /**
   * Puts a FAILED notice back in the delivery queue, for a fresh round of attempts; audited
   * (NOTIFICATION_RETRY). 404 for an unknown notice, 409 for one that is not FAILED.
   */
  public Mono<Notification> retry(Reader reader, UUID id, ClientInfo client) {
    return store
        .find(id)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such notice")))
        .flatMap(
            notice ->
                queue
                    .requeue(id, clock.instant())
                    .switchIfEmpty(
                        Mono.error(
                            new ResponseStatusException(
                                HttpStatus.CONFLICT,
                                "Only a FAILED notice is retried; this one is " + notice.status())))
                    .flatMap(
                        requeued ->
                            audit
                                .record(
                                    new AuditEntry(
                                        reader.id(),
                                        reader.email(),
                                        "NOTIFICATION_RETRY",
                                        "notification",
                                        id.toString(),
                                        Outcome.SUCCESS,
                                        client.ip(),
                                        client.userAgent(),
                                        "after %d attempts: %s"
                                            .formatted(notice.attempts(), notice.lastError())))
                                .thenReturn(requeued))
                    .as(transactions::transactional));
  }
}
