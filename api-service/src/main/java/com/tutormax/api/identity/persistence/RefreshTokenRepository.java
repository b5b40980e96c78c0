package com.tutormax.api.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Refresh tokens by hash. Rotation marks the old one used; reuse revokes the whole family. */
@Repository
public class RefreshTokenRepository {

  /** A stored refresh token. */
  public record StoredToken(
      UUID id, UUID userId, UUID familyId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

  private final DatabaseClient db;

  public RefreshTokenRepository(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> insert(UUID userId, UUID familyId, String hash, Instant expiresAt) {
    return db.sql(
            "INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at)"
                + " VALUES (:id, :user, :family, :hash, :expires)")
        .bind("id", UUID.randomUUID())
        .bind("user", userId)
        .bind("family", familyId)
        .bind("hash", hash)
        .bind("expires", expiresAt)
        .then();
  }

  /** Finds the token and locks its row, so two concurrent refreshes cannot both rotate it. */
  public Mono<StoredToken> findForUpdate(String hash) {
    return db.sql(
            "SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_tokens"
                + " WHERE token_hash = :hash FOR UPDATE")
        .bind("hash", hash)
        .map(
            row ->
                new StoredToken(
                    row.get("id", UUID.class),
                    row.get("user_id", UUID.class),
                    row.get("family_id", UUID.class),
                    instant(row.get("expires_at", OffsetDateTime.class)),
                    instant(row.get("used_at", OffsetDateTime.class)),
                    instant(row.get("revoked_at", OffsetDateTime.class))))
        .one();
  }

  public Mono<Void> markUsed(UUID id) {
    return db.sql("UPDATE refresh_tokens SET used_at = now() WHERE id = :id").bind("id", id).then();
  }

  public Mono<Long> revokeFamily(UUID familyId) {
    return db.sql(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = :family"
                + " AND revoked_at IS NULL")
        .bind("family", familyId)
        .fetch()
        .rowsUpdated();
  }

  public Mono<Long> revokeAllOf(UUID userId) {
    return db.sql(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :user"
                + " AND revoked_at IS NULL")
        .bind("user", userId)
        .fetch()
        .rowsUpdated();
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
