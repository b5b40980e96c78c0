package com.tutormax.api.profiles.persistence;

import com.tutormax.api.records.persistence.RecordTable;
import com.tutormax.common.events.PerformanceEvaluated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * core.tutor_performance: the latest PerformanceEvaluated of each tutor by event time. A batch is
 * one statement; within it the newest event of a tutor wins, and a stored row is replaced only by
 * an event at least as new, so a late or redelivered older event changes nothing.
 */
@Repository
public class PerformanceReadModel implements RecordTable<PerformanceEvaluated> {

  private static final String UPSERT =
      "INSERT INTO tutor_performance AS t (tutor_id, as_of, tier, tier_rank, previous_tier, score,"
          + " metrics_by_window, flags, updated_at)"
          + " SELECT DISTINCT ON (r->>'tutorId') r->>'tutorId', (r->>'asOf')::timestamptz,"
          + " r->>'tier', (r->>'tierRank')::smallint, r->>'previousTier', (r->>'score')::float8,"
          + " r->'metricsByWindow', r->'flags', now()"
          + " FROM jsonb_array_elements(CAST(:rows AS jsonb)) WITH ORDINALITY AS e(r, n)"
          // The newest of a tutor's events in the batch; on equal event times the later one.
          + " ORDER BY r->>'tutorId', (r->>'asOf')::timestamptz DESC, n DESC"
          + " ON CONFLICT (tutor_id) DO UPDATE SET as_of = EXCLUDED.as_of, tier = EXCLUDED.tier,"
          + " tier_rank = EXCLUDED.tier_rank, previous_tier = EXCLUDED.previous_tier,"
          + " score = EXCLUDED.score, metrics_by_window = EXCLUDED.metrics_by_window,"
          + " flags = EXCLUDED.flags, updated_at = EXCLUDED.updated_at"
          + " WHERE EXCLUDED.as_of >= t.as_of";

  private final DatabaseClient db;

  public PerformanceReadModel(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Class<PerformanceEvaluated> eventType() {
    return PerformanceEvaluated.class;
  }

  /** Distinct evaluations of a tutor at one moment are distinct records (the later one wins). */
  @Override
  public String naturalKey(PerformanceEvaluated event) {
    return event.tutorId() + "|" + event.asOf() + "|" + Integer.toHexString(event.hashCode());
  }

  @Override
  public Mono<Map<String, String>> refusals(List<PerformanceEvaluated> events) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (PerformanceEvaluated e : events) {
      if (e.tutorId() == null || e.asOf() == null || e.tier() == null) {
        refused.put(naturalKey(e), "tutorId, asOf and tier are required");
      }
    }
    return Mono.just(refused);
  }

  /** Emits how many tutors' rows changed (older events and duplicates change none). */
  @Override
  public Mono<Long> insert(List<PerformanceEvaluated> events) {
    if (events.isEmpty()) {
      return Mono.just(0L);
    }
    List<Map<String, Object>> rows = events.stream().map(PerformanceReadModel::row).toList();
    return db.sql(UPSERT).bind("rows", JsonRows.write(rows)).fetch().rowsUpdated();
  }

  private static Map<String, Object> row(PerformanceEvaluated e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("tutorId", e.tutorId());
    row.put("asOf", e.asOf().toString());
    row.put("tier", e.tier().name());
    row.put("tierRank", e.tier().ordinal());
    row.put("previousTier", e.previousTier() == null ? null : e.previousTier().name());
    row.put("score", e.score());
    row.put("metricsByWindow", e.metricsByWindow() == null ? Map.of() : e.metricsByWindow());
    row.put("flags", e.flags() == null ? List.of() : e.flags());
    return row;
  }
}
