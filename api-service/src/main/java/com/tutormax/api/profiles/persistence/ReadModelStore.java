package com.tutormax.api.profiles.persistence;

import com.tutormax.api.profiles.domain.ChurnView;
import com.tutormax.api.profiles.domain.InterventionEntry;
import com.tutormax.api.profiles.domain.PerformanceView;
import com.tutormax.api.profiles.domain.ScoreDay;
import com.tutormax.common.events.ChurnPredicted.Factor;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** One tutor's rows of the read models and their intervention history, by primary key or index. */
@Repository
public class ReadModelStore {

  private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() {};

  private final DatabaseClient db;

  public ReadModelStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<PerformanceView> performance(String tutorId) {
    return db.sql(
            "SELECT tier, previous_tier, score, metrics_by_window::text AS metrics,"
                + " flags::text AS flags, as_of FROM tutor_performance WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(ReadModelStore::performanceRow)
        .one();
  }

  public Mono<ChurnView> churn(String tutorId) {
    return db.sql(
            "SELECT headline_score, rule_score, risk_level,"
                + " window_probabilities::text AS windows, components::text AS components,"
                + " flags::text AS flags, top_factors::text AS factors,"
                + " model_versions::text AS versions, as_of"
                + " FROM tutor_predictions WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(ReadModelStore::churnRow)
        .one();
  }

  /** The last score of each UTC day from {@code from} on, oldest first. */
  public Mono<List<ScoreDay>> trend(String tutorId, LocalDate from) {
    return db.sql(
            "SELECT day, headline_score, risk_level FROM tutor_score_days"
                + " WHERE tutor_id = :id AND day >= :from ORDER BY day")
        .bind("id", tutorId)
        .bind("from", from)
        .map(
            row ->
                new ScoreDay(
                    row.get("day", LocalDate.class),
                    row.get("headline_score", Double.class),
                    row.get("risk_level", String.class)))
        .all()
        .collectList();
  }

  /** The tutor's interventions, newest first. */
  public Mono<List<InterventionEntry>> interventions(String tutorId, int limit) {
    return db.sql(
            "SELECT intervention_id, intervention_type, automated, risk_level, priority, reason,"
                + " status, recommended_at, due_at, overdue_at FROM interventions"
                + " WHERE tutor_id = :id ORDER BY recommended_at DESC, intervention_id LIMIT :n")
        .bind("id", tutorId)
        .bind("n", limit)
        .map(
            row ->
                new InterventionEntry(
                    row.get("intervention_id", String.class),
                    row.get("intervention_type", String.class),
                    Boolean.TRUE.equals(row.get("automated", Boolean.class)),
                    row.get("risk_level", String.class),
                    row.get("priority", String.class),
                    row.get("reason", String.class),
                    row.get("status", String.class),
                    row.get("recommended_at", Instant.class),
                    row.get("due_at", Instant.class),
                    row.get("overdue_at", Instant.class)))
        .all()
        .collectList();
  }

  private static PerformanceView performanceRow(Readable row) {
    return new PerformanceView(
        row.get("tier", String.class),
        row.get("previous_tier", String.class),
        row.get("score", Double.class),
        JsonRows.read(row.get("metrics", String.class), JsonRows.METRICS, Map.of()),
        JsonRows.read(row.get("flags", String.class), JsonRows.STRINGS, List.of()),
        row.get("as_of", Instant.class));
  }

  private static ChurnView churnRow(Readable row) {
    return new ChurnView(
        row.get("headline_score", Double.class),
        row.get("rule_score", Double.class),
        row.get("risk_level", String.class),
        JsonRows.read(row.get("windows", String.class), JsonRows.NUMBERS, Map.of()),
        JsonRows.read(row.get("components", String.class), JsonRows.NUMBERS, Map.of()),
        JsonRows.read(row.get("flags", String.class), JsonRows.STRINGS, List.of()),
        JsonRows.read(row.get("factors", String.class), FACTORS, List.of()),
        JsonRows.read(row.get("versions", String.class), JsonRows.TEXTS, Map.of()),
        row.get("as_of", Instant.class));
  }
}
