package com.tutormax.churn.scoring.persistence;

import com.tutormax.common.domain.RiskLevel;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * churn.overrides: a manager's risk level for a tutor instead of the predicted one, with a reason
 * and an expiry. Rows are never deleted or edited except to record their revocation, so the table
 * is the overrides' audit trail; at most one is active per tutor (a new one revokes the old).
 */
@Repository
public class OverrideStore {

  /** One override and what it replaced. */
  public record Override(
      UUID overrideId,
      String tutorId,
      RiskLevel riskLevel,
      String reason,
      RiskLevel predictedLevel,
      Double predictedScore,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      String revokedBy,
      Instant revokedAt) {}

  private final DatabaseClient db;

  public OverrideStore(DatabaseClient db) {
    this.db = db;
  }

  /** Stores {@code override} after revoking the tutor's active one (by the same person). */
  public Mono<Override> create(Override override) {
    return revoke(override.tutorId(), override.createdBy(), override.createdAt())
        .then(
            db.sql(
                    "INSERT INTO overrides (override_id, tutor_id, risk_level, reason,"
                        + " predicted_level, predicted_score, created_by, created_at, expires_at)"
                        + " VALUES (:id, :tutor, :level, :reason, :predictedLevel,"
                        + " :predictedScore, :by, :at, :expires)")
                .bind("id", override.overrideId())
                .bind("tutor", override.tutorId())
                .bind("level", override.riskLevel().name())
                .bind("reason", override.reason())
                .bind(
                    "predictedLevel",
                    org.springframework.r2dbc.core.Parameter.fromOrEmpty(
                        override.predictedLevel() == null ? null : override.predictedLevel().name(),
                        String.class))
                .bind(
                    "predictedScore",
                    org.springframework.r2dbc.core.Parameter.fromOrEmpty(
                        override.predictedScore(), Double.class))
                .bind("by", override.createdBy())
                .bind("at", override.createdAt())
                .bind("expires", override.expiresAt())
                .then())
        .thenReturn(override);
  }

  /** Revokes the tutor's active override; how many were active (0 or 1). */
  public Mono<Long> revoke(String tutorId, String by, Instant now) {
    return db.sql(
            "UPDATE overrides SET revoked_by = :by, revoked_at = :now WHERE tutor_id = :tutor"
                + " AND revoked_at IS NULL AND expires_at > :now")
        .bind("by", by)
        .bind("now", now)
        .bind("tutor", tutorId)
        .fetch()
        .rowsUpdated();
  }

  /** The active overrides of {@code tutorIds} at {@code now}. */
  public Flux<Override> active(Collection<String> tutorIds, Instant now) {
    if (tutorIds.isEmpty()) {
      return Flux.empty();
    }
    return db.sql(
            "SELECT * FROM overrides WHERE tutor_id = ANY(:ids) AND revoked_at IS NULL"
                + " AND expires_at > :now")
        .bind("ids", tutorIds.toArray(String[]::new))
        .bind("now", now)
        .map(OverrideStore::row)
        .all();
  }

  /** Every override of a tutor, newest first. */
  public Flux<Override> history(String tutorId) {
    return db.sql("SELECT * FROM overrides WHERE tutor_id = :id ORDER BY created_at DESC")
        .bind("id", tutorId)
        .map(OverrideStore::row)
        .all();
  }

  private static Override row(Readable r) {
    String predicted = r.get("predicted_level", String.class);
    return new Override(
        r.get("override_id", UUID.class),
        r.get("tutor_id", String.class),
        RiskLevel.valueOf(r.get("risk_level", String.class)),
        r.get("reason", String.class),
        predicted == null ? null : RiskLevel.valueOf(predicted),
        r.get("predicted_score", Double.class),
        r.get("created_by", String.class),
        r.get("created_at", Instant.class),
        r.get("expires_at", Instant.class),
        r.get("revoked_by", String.class),
        r.get("revoked_at", Instant.class));
  }
}
