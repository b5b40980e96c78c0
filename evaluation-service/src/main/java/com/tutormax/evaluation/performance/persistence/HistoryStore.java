package com.tutormax.evaluation.performance.persistence;

import com.tutormax.common.domain.PerformanceTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** evaluation.tutor_history: each tutor's evaluation as of each closed day. */
@Repository
public class HistoryStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Map<String, Double>>> METRICS =
      new TypeReference<>() {};

  /** One tutor's closed day as evaluated then. */
  public record Snapshot(
      String tutorId,
      LocalDate day,
      PerformanceTier tier,
      Double score,
      List<String> flags,
      Map<String, Map<String, Double>> metrics) {}

  private final DatabaseClient db;

  public HistoryStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> save(Collection<Snapshot> snapshots) {
    if (snapshots.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Snapshot s : snapshots) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tutor_id", s.tutorId());
      row.put("day", s.day().toString());
      row.put("tier", s.tier().name());
      row.put("score", s.score());
      row.put("flags", s.flags());
      row.put("metrics", s.metrics());
      rows.add(row);
    }
    return db.sql(
            "INSERT INTO tutor_history (tutor_id, day, tier, score, flags, metrics)"
                + " SELECT r.tutor_id, r.day, r.tier, r.score,"
                + " ARRAY(SELECT jsonb_array_elements_text(r.flags)), r.metrics"
                + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, day date,"
                + " tier text, score float8, flags jsonb, metrics jsonb)"
                + " ON CONFLICT (tutor_id, day) DO UPDATE SET tier = EXCLUDED.tier,"
                + " score = EXCLUDED.score, flags = EXCLUDED.flags, metrics = EXCLUDED.metrics")
        .bind("rows", JSON.writeValueAsString(rows))
        .then();
  }

  public Flux<Snapshot> history(String tutorId, LocalDate from, LocalDate to) {
    return db.sql(
            "SELECT tutor_id, day, tier, score, flags, CAST(metrics AS text) AS metrics"
                + " FROM tutor_history WHERE tutor_id = :tutor AND day BETWEEN :from AND :to"
                + " ORDER BY day")
        .bind("tutor", tutorId)
        .bind("from", from)
        .bind("to", to)
        .map(
            row -> {
              String[] flags = row.get("flags", String[].class);
              return new Snapshot(
                  row.get("tutor_id", String.class),
                  row.get("day", LocalDate.class),
                  PerformanceTier.valueOf(row.get("tier", String.class)),
                  row.get("score", Double.class),
                  flags == null ? List.of() : List.of(flags),
                  JSON.readValue(row.get("metrics", String.class), METRICS));
            })
        .all();
  }
}
