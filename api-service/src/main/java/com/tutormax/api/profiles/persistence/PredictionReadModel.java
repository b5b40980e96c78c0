package com.tutormax.api.profiles.persistence;

import com.tutormax.api.records.persistence.RecordTable;
import com.tutormax.common.events.ChurnPredicted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * core.tutor_predictions (the latest ChurnPredicted of each tutor by event time) and
 * core.tutor_score_days (the last prediction of each tutor's UTC day, for trends), both in one
 * statement per batch. A row is replaced only by an event at least as new as the one it holds, so a
 * late or redelivered older prediction changes nothing.
 */
@Repository
public class PredictionReadModel implements RecordTable<ChurnPredicted> {

  private static final String UPSERT =
      "WITH batch AS (SELECT r->>'tutorId' AS tutor_id, (r->>'asOf')::timestamptz AS as_of, n, r"
          + " FROM jsonb_array_elements(CAST(:rows AS jsonb)) WITH ORDINALITY AS e(r, n)),"
          + " days AS (INSERT INTO tutor_score_days AS d (tutor_id, day, as_of, headline_score,"
          + " risk_level)"
          + " SELECT DISTINCT ON (tutor_id, (as_of AT TIME ZONE 'UTC')::date) tutor_id,"
          + " (as_of AT TIME ZONE 'UTC')::date, as_of, (r->>'headlineScore')::float8,"
          + " r->>'riskLevel' FROM batch"
          + " ORDER BY tutor_id, (as_of AT TIME ZONE 'UTC')::date, as_of DESC, n DESC"
          + " ON CONFLICT (tutor_id, day) DO UPDATE SET as_of = EXCLUDED.as_of,"
          + " headline_score = EXCLUDED.headline_score, risk_level = EXCLUDED.risk_level"
          + " WHERE EXCLUDED.as_of >= d.as_of)"
          + " INSERT INTO tutor_predictions AS p (tutor_id, as_of, headline_score, rule_score,"
          + " risk_level, risk_rank, components, flags, window_probabilities, top_factors,"
          + " model_versions, updated_at)"
          + " SELECT DISTINCT ON (tutor_id) tutor_id, as_of, (r->>'headlineScore')::float8,"
          + " (r->>'ruleScore')::float8, r->>'riskLevel', (r->>'riskRank')::smallint,"
          + " r->'components', r->'flags', r->'windowProbabilities', r->'topFactors',"
          + " r->'modelVersions', now() FROM batch ORDER BY tutor_id, as_of DESC, n DESC"
          + " ON CONFLICT (tutor_id) DO UPDATE SET as_of = EXCLUDED.as_of,"
          + " headline_score = EXCLUDED.headline_score, rule_score = EXCLUDED.rule_score,"
          + " risk_level = EXCLUDED.risk_level, risk_rank = EXCLUDED.risk_rank,"
          + " components = EXCLUDED.components, flags = EXCLUDED.flags,"
          + " window_probabilities = EXCLUDED.window_probabilities,"
          + " top_factors = EXCLUDED.top_factors, model_versions = EXCLUDED.model_versions,"
          + " updated_at = EXCLUDED.updated_at WHERE EXCLUDED.as_of >= p.as_of";

  private final DatabaseClient db;

  public PredictionReadModel(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Class<ChurnPredicted> eventType() {
    return ChurnPredicted.class;
  }

  /** Distinct predictions of a tutor at one moment are distinct records (the later one wins). */
  @Override
  public String naturalKey(ChurnPredicted event) {
    return event.tutorId() + "|" + event.asOf() + "|" + Integer.toHexString(event.hashCode());
  }

  @Override
  public Mono<Map<String, String>> refusals(List<ChurnPredicted> events) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (ChurnPredicted e : events) {
      if (e.tutorId() == null || e.asOf() == null || e.riskLevel() == null) {
        refused.put(naturalKey(e), "tutorId, asOf and riskLevel are required");
      }
    }
    return Mono.just(refused);
  }

  /** Emits how many tutors' latest rows changed (older events and duplicates change none). */
  @Override
  public Mono<Long> insert(List<ChurnPredicted> events) {
    if (events.isEmpty()) {
      return Mono.just(0L);
    }
    List<Map<String, Object>> rows = events.stream().map(PredictionReadModel::row).toList();
    return db.sql(UPSERT).bind("rows", JsonRows.write(rows)).fetch().rowsUpdated();
  }

  private static Map<String, Object> row(ChurnPredicted e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("tutorId", e.tutorId());
    row.put("asOf", e.asOf().toString());
    row.put("headlineScore", e.headlineScore());
    row.put("ruleScore", e.ruleScore());
    row.put("riskLevel", e.riskLevel().name());
    row.put("riskRank", e.riskLevel().ordinal());
    row.put("components", e.components() == null ? Map.of() : e.components());
    row.put("flags", e.flags() == null ? List.of() : e.flags());
    row.put(
        "windowProbabilities",
        e.windowProbabilities() == null ? Map.of() : e.windowProbabilities());
    row.put("topFactors", e.topFactors() == null ? List.of() : e.topFactors());
    row.put("modelVersions", e.modelVersions() == null ? Map.of() : e.modelVersions());
    return row;
  }
}
