package com.tutormax.churn.accuracy.persistence;

import com.tutormax.churn.accuracy.domain.OverrideSpan;
import com.tutormax.churn.accuracy.domain.ServedDay;
import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What served accuracy reads, from the scoring tables as they are: the predicted level of each
 * tutor per as-of day (churn.predictions), the overrides (churn.overrides, never deleted), each
 * churned tutor's churn day and how far days are closed (churn.tutors).
 */
@Repository
public class AccuracyStore {

  private final DatabaseClient db;

  public AccuracyStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * The last day whose churn is known: the latest day closed for any tutor (evaluation detects
   * churn as it closes days); empty if no day is closed yet.
   */
  public Mono<Optional<LocalDate>> lastKnownDay() {
    return db.sql("SELECT max(closed_through) AS last FROM tutors")
        .map(r -> Optional.ofNullable(r.get("last", LocalDate.class)))
        .one()
        .defaultIfEmpty(Optional.empty());
  }

  /** The stored predicted level of every tutor as of {@code from} (null: any) to {@code to}. */
  public Flux<ServedDay> served(LocalDate from, LocalDate to) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "SELECT tutor_id, as_of_day, risk_level FROM predictions WHERE as_of_day <= :to"
                    + (from == null ? "" : " AND as_of_day >= :from"))
            .bind("to", to);
    if (from != null) {
      spec = spec.bind("from", from);
    }
    return spec.map(
            r ->
                new ServedDay(
                    r.get("tutor_id", String.class),
                    r.get("as_of_day", LocalDate.class),
                    RiskLevel.valueOf(r.get("risk_level", String.class))))
        .all();
  }

  /**
   * The overrides in force at some moment of the UTC days {@code from} (null: any) to {@code to}.
   */
  public Flux<OverrideSpan> overrides(LocalDate from, LocalDate to) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "SELECT tutor_id, risk_level, created_at, expires_at, revoked_at FROM overrides"
                    + " WHERE created_at < :until"
                    + (from == null
                        ? ""
                        : " AND LEAST(expires_at, COALESCE(revoked_at, expires_at)) > :since"))
            .bind("until", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    if (from != null) {
      spec = spec.bind("since", from.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return spec.map(
            r ->
                new OverrideSpan(
                    r.get("tutor_id", String.class),
                    RiskLevel.valueOf(r.get("risk_level", String.class)),
                    r.get("created_at", Instant.class),
                    r.get("expires_at", Instant.class),
                    r.get("revoked_at", Instant.class)))
        .all();
  }

  /** Each churned tutor's churn day: the UTC day evaluation detected it (or they resigned). */
  public Mono<Map<String, LocalDate>> churnDays() {
    return db.sql("SELECT tutor_id, churned_at FROM tutors WHERE churned_at IS NOT NULL")
        .map(
            r ->
                Map.entry(
                    r.get("tutor_id", String.class),
                    r.get("churned_at", Instant.class).atZone(ZoneOffset.UTC).toLocalDate()))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }
}
