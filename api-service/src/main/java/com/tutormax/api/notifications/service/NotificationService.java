package com.tutormax.api.notifications.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notifications.domain.Message;
import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.NotificationQuery;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.persistence.NotificationStore;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records notices for people. No mail server is configured (issue 10 adds sending), so a notice is
 * RECORDED and admins read it through {@code GET /api/admin/notifications}. One notice per dedupe
 * key, ever.
 */
@Service
public class NotificationService {

  private final NotificationStore store;
  private final AuditLog audit;
  private final Clock clock;

  public NotificationService(NotificationStore store, AuditLog audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who reads the notices, from the verified token. */
  public record Reader(UUID id, String email) {}

  /** What a job asks to tell someone, and what the notice is about. */
  public record Notice(
      NotificationKind kind,
      Recipient recipient,
      Message message,
      String dedupeKey,
      String sessionId,
      String tutorId) {}

  /** Records the notice; true if it is new, false if its dedupe key was recorded before. */
  public Mono<Boolean> record(Notice notice) {
    return store.insertOnce(
        Notification.recorded(
            notice.kind(),
            notice.recipient(),
            notice.message(),
            notice.dedupeKey(),
            notice.sessionId(),
            notice.tutorId(),
            clock.instant()));
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
}
