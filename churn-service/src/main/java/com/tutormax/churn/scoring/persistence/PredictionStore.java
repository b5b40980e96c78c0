package com.tutormax.churn.scoring.persistence;

import com.tutormax.churn.scoring.domain.ChurnPrediction;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.EventJson;
import io.r2dbc.spi.Readable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * churn.predictions (history: the latest prediction of each tutor per as-of day, with the features
 * it was made from) and churn.current_predictions (the latest per tutor, for profiles and at-risk
 * lists). A prediction never replaces a newer one.
 */
@Repository
public class PredictionStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A stored prediction: its event, whether provisional, and when it was made. */
  public record Stored(
      LocalDate asOfDay, boolean provisional, ChurnPredicted prediction, Instant scoredAt) {}

  private final DatabaseClient db;

  public PredictionStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> save(ChurnPrediction p, ChurnPredicted event, Instant now) {
    String payload = new String(EventJson.write(event), StandardCharsets.UTF_8);
    Map<String, Object> features = new LinkedHashMap<>();
    p.features().asMap().forEach((k, v) -> features.put(k, Double.isNaN(v) ? null : v));
    // One statement: the day's row in the history, and the tutor's current row unless a newer
    // prediction is already there.
    return db.sql(
            "WITH saved AS (INSERT INTO predictions (tutor_id, as_of_day, as_of, provisional,"
                + " headline_score, rule_score, risk_level, payload, features, scored_at)"
                + " VALUES (:tutor, :day, :asOf, :provisional, :headline, :rule, :level, :payload,"
                + " :features, :now) ON CONFLICT (tutor_id, as_of_day) DO UPDATE SET"
                + " as_of = EXCLUDED.as_of, provisional = EXCLUDED.provisional,"
                + " headline_score = EXCLUDED.headline_score, rule_score = EXCLUDED.rule_score,"
                + " risk_level = EXCLUDED.risk_level, payload = EXCLUDED.payload,"
                + " features = EXCLUDED.features, scored_at = EXCLUDED.scored_at RETURNING *)"
                + " INSERT INTO current_predictions AS c (tutor_id, as_of_day, as_of, provisional,"
                + " headline_score, rule_score, risk_level, payload, scored_at)"
                + " SELECT tutor_id, as_of_day, as_of, provisional, headline_score, rule_score,"
                + " risk_level, payload, scored_at FROM saved"
                + " ON CONFLICT (tutor_id) DO UPDATE SET as_of_day = EXCLUDED.as_of_day,"
                + " as_of = EXCLUDED.as_of, provisional = EXCLUDED.provisional,"
                + " headline_score = EXCLUDED.headline_score, rule_score = EXCLUDED.rule_score,"
                + " risk_level = EXCLUDED.risk_level, payload = EXCLUDED.payload,"
                + " scored_at = EXCLUDED.scored_at WHERE EXCLUDED.as_of_day >= c.as_of_day")
        .bind("tutor", p.tutorId())
        .bind("day", p.asOfDay())
        .bind("asOf", p.asOf())
        .bind("provisional", p.provisional())
        .bind("headline", event.headlineScore())
        .bind("rule", event.ruleScore())
        .bind("level", event.riskLevel().name())
        .bind("payload", payload)
        .bind("features", JSON.writeValueAsString(features))
        .bind("now", now)
        .then();
  }

  public Mono<Stored> current(String tutorId) {
    return db.sql("SELECT * FROM current_predictions WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(PredictionStore::stored)
        .one();
  }

  /** A tutor's daily history, newest first, from {@code from} on. */
  public Flux<Stored> history(String tutorId, LocalDate from) {
    return db.sql(
            "SELECT * FROM predictions WHERE tutor_id = :id AND as_of_day >= :from"
                + " ORDER BY as_of_day DESC")
        .bind("id", tutorId)
        .bind("from", from)
        .map(PredictionStore::stored)
        .all();
  }

  /** The features a prediction was made from (null values: missing). */
  public Mono<Map<String, Double>> features(String tutorId, LocalDate asOfDay) {
    return db.sql("SELECT features FROM predictions WHERE tutor_id = :id AND as_of_day = :day")
        .bind("id", tutorId)
        .bind("day", asOfDay)
        .map(r -> r.get("features", String.class))
        .one()
        .map(PredictionStore::featureMap);
  }

  /**
   * Current predictions of tutors not detected as churned, highest headline score first, with at
   * least {@code minScore} and one of {@code levels} (all if empty).
   */
  public Flux<Stored> atRisk(double minScore, List<RiskLevel> levels, int limit, int offset) {
    String[] names = levels.stream().map(Enum::name).toArray(String[]::new);
    return db.sql(
            "SELECT c.* FROM current_predictions c JOIN tutors t ON t.tutor_id = c.tutor_id"
                + " WHERE t.churned_at IS NULL AND c.headline_score >= :min"
                + " AND (cardinality(CAST(:levels AS text[])) = 0"
                + " OR c.risk_level = ANY(CAST(:levels AS text[])))"
                + " ORDER BY c.headline_score DESC, c.tutor_id LIMIT :limit OFFSET :offset")
        .bind("min", minScore)
        .bind("levels", names)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(PredictionStore::stored)
        .all();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Double> featureMap(String json) {
    return JSON.readValue(json, LinkedHashMap.class);
  }

  private static Stored stored(Readable r) {
    ChurnPredicted event =
        EventJson.read(
            r.get("payload", String.class).getBytes(StandardCharsets.UTF_8), ChurnPredicted.class);
    return new Stored(
        r.get("as_of_day", LocalDate.class),
        Boolean.TRUE.equals(r.get("provisional", Boolean.class)),
        event,
        r.get("scored_at", Instant.class));
  }
}
