package com.tutormax.api.notifications.persistence;

import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.NotificationQuery;
import com.tutormax.api.notifications.domain.NotificationStatus;
import com.tutormax.api.notifications.domain.Recipient;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * core.notifications (changesets core/008, core/010): recording and reading notices. Joins the
 * caller's transaction if any. The delivery queue's statements are in {@link DeliveryQueue}.
 */
@Repository
public class NotificationStore {

  static final String COLUMNS =
      "id, kind, recipient_email, recipient_role, recipient_id, subject, body, body_html,"
          + " created_at, status, attempts, next_attempt_at, last_attempt_at, sent_at, last_error,"
          + " dedupe_key, session_id, tutor_id";

  private final DatabaseClient db;

  public NotificationStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Stores the notice unless one with its dedupe key exists (one statement, so two runs racing for
   * the same key store it once); true if this call stored it.
   */
  public Mono<Boolean> insertOnce(Notification n) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO notifications (id, kind, recipient_email, recipient_role,"
                    + " recipient_id, subject, body, body_html, created_at, status, attempts,"
                    + " next_attempt_at, dedupe_key, session_id, tutor_id) VALUES (:id, :kind,"
                    + " :email, :role, :recipient, :subject, :body, :html, :created, :status,"
                    + " :attempts, :next, :dedupe, :session, :tutor)"
                    + " ON CONFLICT (dedupe_key) DO NOTHING")
            .bind("id", n.id())
            .bind("kind", n.kind().name())
            .bind("role", n.recipient().role())
            .bind("recipient", n.recipient().id())
            .bind("subject", n.subject())
            .bind("body", n.body())
            .bind("html", n.bodyHtml())
            .bind("created", n.createdAt())
            .bind("status", n.status().name())
            .bind("attempts", n.attempts())
            .bind("dedupe", n.dedupeKey());
    spec = bindNullable(spec, "email", n.recipient().email());
    spec = bindNullable(spec, "session", n.sessionId());
    spec = bindNullable(spec, "tutor", n.tutorId());
    spec =
        n.nextAttemptAt() == null
            ? spec.bindNull("next", Instant.class)
            : spec.bind("next", n.nextAttemptAt());
    return spec.fetch().rowsUpdated().map(rows -> rows > 0);
  }

  /** Whether a notice with this dedupe key is stored. */
  public Mono<Boolean> exists(String dedupeKey) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM notifications WHERE dedupe_key = :key) AS found")
        .bind("key", dedupeKey)
        .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
        .one();
  }

  public Mono<Notification> find(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM notifications WHERE id = :id")
        .bind("id", id)
        .map(NotificationStore::notification)
        .one();
  }

  /** Matching notices, newest first. */
  public Flux<Notification> search(NotificationQuery query) {
    List<String> where = new ArrayList<>();
    where.add("true");
    if (query.kind() != null) {
      where.add("kind = :kind");
    }
    if (query.recipient() != null) {
      where.add("(lower(recipient_email) = lower(:recipient) OR recipient_id = :recipient)");
    }
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM notifications WHERE "
                    + String.join(" AND ", where)
                    + " ORDER BY created_at DESC, id LIMIT :limit")
            .bind("limit", query.limit());
    if (query.kind() != null) {
      spec = spec.bind("kind", query.kind().name());
    }
    if (query.recipient() != null) {
      spec = spec.bind("recipient", query.recipient());
    }
    return spec.map(NotificationStore::notification).all();
  }

  private static DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  static Notification notification(Readable row) {
    return new Notification(
        row.get("id", UUID.class),
        NotificationKind.valueOf(row.get("kind", String.class)),
        new Recipient(
            row.get("recipient_role", String.class),
            row.get("recipient_id", String.class),
            row.get("recipient_email", String.class)),
        row.get("subject", String.class),
        row.get("body", String.class),
        row.get("body_html", String.class),
        row.get("created_at", Instant.class),
        NotificationStatus.valueOf(row.get("status", String.class)),
        row.get("attempts", Integer.class),
        row.get("next_attempt_at", Instant.class),
        row.get("last_attempt_at", Instant.class),
        row.get("sent_at", Instant.class),
        row.get("last_error", String.class),
        row.get("dedupe_key", String.class),
        row.get("session_id", String.class),
        row.get("tutor_id", String.class));
  }
}
