package com.tutormax.api.notifications.service;

import com.tutormax.api.notifications.domain.Message;
import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.NotificationQuery;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.persistence.NotificationStore;
import java.time.Clock;
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
  private final Clock clock;

  public NotificationService(NotificationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

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

  public Flux<Notification> search(NotificationQuery query) {
    return store.search(query);
  }
}
