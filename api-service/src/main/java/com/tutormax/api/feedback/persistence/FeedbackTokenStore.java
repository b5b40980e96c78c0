package com.tutormax.api.feedback.persistence;

import com.tutormax.api.feedback.domain.FeedbackToken;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.feedback_tokens (changeset core/007). */
@Repository
public class FeedbackTokenStore {

  private static final String COLUMNS =
      "token_hash, session_id, tutor_id, student_id, first_session, issued_at, expires_at,"
          + " used_at, revoked_at";

  private final DatabaseClient db;

  public FeedbackTokenStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> insert(FeedbackToken token, String issuedBy) {
    return db.sql(
            "INSERT INTO feedback_tokens (token_hash, session_id, tutor_id, student_id,"
                + " first_session, issued_at, issued_by, expires_at)"
                + " VALUES (:hash, :session, :tutor, :student, :first, :issued, :by, :expires)")
        .bind("hash", token.tokenHash())
        .bind("session", token.sessionId())
        .bind("tutor", token.tutorId())
        .bind("student", token.studentId())
        .bind("first", token.firstSession())
        .bind("issued", token.issuedAt())
        .bind("by", issuedBy)
        .bind("expires", token.expiresAt())
        .then();
  }

  /** A new link replaces the session's earlier unused ones: one live link per session. */
  public Mono<Long> revokeUnused(String sessionId, Instant now) {
    return db.sql(
            "UPDATE feedback_tokens SET revoked_at = :now"
                + " WHERE session_id = :session AND used_at IS NULL AND revoked_at IS NULL")
        .bind("now", now)
        .bind("session", sessionId)
        .fetch()
        .rowsUpdated();
  }

  public Mono<FeedbackToken> find(String tokenHash) {
    return db.sql("SELECT " + COLUMNS + " FROM feedback_tokens WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .map(FeedbackTokenStore::token)
        .one();
  }

  /**
   * Uses the link if it is still usable, in one statement: of two submissions racing for one link
   * exactly one gets the row back.
   */
  public Mono<FeedbackToken> consume(String tokenHash, String feedbackId, Instant now) {
    return db.sql(
            "UPDATE feedback_tokens SET used_at = :now, feedback_id = :feedback"
                + " WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL"
                + " AND expires_at > :now RETURNING "
                + COLUMNS)
        .bind("now", now)
        .bind("feedback", feedbackId)
        .bind("hash", tokenHash)
        .map(FeedbackTokenStore::token)
        .one();
  }

  /** Whether feedback for the session is stored or on its way through a used link. */
  public Mono<Boolean> sessionRated(String sessionId) {
    return db.sql(
            "SELECT EXISTS (SELECT 1 FROM feedback WHERE session_id = :session)"
                + " OR EXISTS (SELECT 1 FROM feedback_tokens"
                + " WHERE session_id = :session AND used_at IS NOT NULL) AS rated")
        .bind("session", sessionId)
        .map(row -> Boolean.TRUE.equals(row.get("rated", Boolean.class)))
        .one();
  }

  /** Removes links that ended (used, revoked or expired) before {@code cutoff}. */
  public Mono<Long> deleteEndedBefore(Instant cutoff) {
    return db.sql(
            "DELETE FROM feedback_tokens WHERE COALESCE(used_at, revoked_at, expires_at) < :cutoff")
        .bind("cutoff", cutoff)
        .fetch()
        .rowsUpdated();
  }

  private static FeedbackToken token(Readable row) {
    return new FeedbackToken(
        row.get("token_hash", String.class),
        row.get("session_id", String.class),
        row.get("tutor_id", String.class),
        row.get("student_id", String.class),
        Boolean.TRUE.equals(row.get("first_session", Boolean.class)),
        row.get("issued_at", Instant.class),
        row.get("expires_at", Instant.class),
        row.get("used_at", Instant.class),
        row.get("revoked_at", Instant.class));
  }
}
