package com.tutormax.api.notifications.persistence;

import com.tutormax.api.notifications.domain.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The notices waiting to be emailed: queued ones have a next attempt time. A worker claims a batch
 * in one statement ({@code FOR UPDATE SKIP LOCKED}: workers in several api-service instances never
 * claim the same notice), sends it with no row locked, then reports the outcome. Each report names
 * the attempt it is about, so a worker that outlived its claim's lease cannot overwrite the outcome
 * of the worker that took the notice up after it.
 */
@Repository
public class DeliveryQueue {

  private static final int MAX_ERROR = 1000;

  private final DatabaseClient db;

  public DeliveryQueue(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Claims up to {@code limit} notices due at {@code now} (RECORDED, or SENDING whose lease ran
   * out) and recorded since {@code oldest}: each becomes SENDING, its attempts one more and its
   * next attempt time the lease's end.
   */
  public Flux<Notification> claim(Instant now, int limit, Duration lease, Instant oldest) {
    return db.sql(
            "UPDATE notifications SET status = 'SENDING', attempts = attempts + 1,"
                + " last_attempt_at = :now, next_attempt_at = :leaseEnd WHERE id IN ("
                + " SELECT id FROM notifications WHERE status IN ('RECORDED', 'SENDING')"
                + " AND next_attempt_at <= :now AND recipient_email IS NOT NULL"
                + " AND created_at >= :oldest ORDER BY next_attempt_at LIMIT :limit"
                + " FOR UPDATE SKIP LOCKED) RETURNING "
                + NotificationStore.COLUMNS)
        .bind("now", now)
        .bind("leaseEnd", now.plus(lease))
        .bind("oldest", oldest)
        .bind("limit", limit)
        .map(NotificationStore::notification)
        .all();
  }

  /** The claimed attempt went through: SENT. False if the claim was lost meanwhile. */
  public Mono<Boolean> sent(UUID id, int attempt, Instant now) {
    return db.sql(
            "UPDATE notifications SET status = 'SENT', sent_at = :now, next_attempt_at = NULL,"
                + " last_error = NULL WHERE id = :id AND status = 'SENDING' AND attempts = :attempt")
        .bind("now", now)
        .bind("id", id)
        .bind("attempt", attempt)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  /**
   * The claimed attempt failed: queued again for {@code retryAt}, or FAILED when that is null.
   * False if the claim was lost meanwhile.
   */
  public Mono<Boolean> failed(UUID id, int attempt, String error, Instant retryAt) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "UPDATE notifications SET status = :status, next_attempt_at = :retryAt,"
                    + " last_error = :error WHERE id = :id AND status = 'SENDING'"
                    + " AND attempts = :attempt")
            .bind("status", retryAt == null ? "FAILED" : "RECORDED")
            .bind("error", truncate(error))
            .bind("id", id)
            .bind("attempt", attempt);
    spec =
        retryAt == null ? spec.bindNull("retryAt", Instant.class) : spec.bind("retryAt", retryAt);
    return spec.fetch().rowsUpdated().map(rows -> rows > 0);
  }

  /**
   * Puts a FAILED notice back in the queue, due at {@code now}, for a fresh round of attempts (its
   * last error stays until the next attempt). Empty if it is not FAILED (any more).
   */
  public Mono<Notification> requeue(UUID id, Instant now) {
    return db.sql(
            "UPDATE notifications SET status = 'RECORDED', attempts = 0, next_attempt_at = :now"
                + " WHERE id = :id AND status = 'FAILED' RETURNING "
                + NotificationStore.COLUMNS)
        .bind("now", now)
        .bind("id", id)
        .map(NotificationStore::notification)
        .one();
  }

  private static String truncate(String error) {
    String e = error == null || error.isBlank() ? "unknown error" : error;
    return e.length() <= MAX_ERROR ? e : e.substring(0, MAX_ERROR);
  }
}
