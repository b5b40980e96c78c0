package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.RecordCounts;
import com.tutormax.api.records.domain.RecordCounts.TableCount;
import com.tutormax.common.events.DataSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Rows per record table and source, in one query. */
@Repository
public class CountsStore {

  private static final List<String> TABLES =
      List.of("tutors", "students", "sessions", "feedback", "tutor_activity", "tutor_lifecycle");

  private static final String SQL =
      String.join(
          " UNION ALL ",
          TABLES.stream()
              .map(
                  t ->
                      "SELECT '"
                          + t
                          + "' AS tbl, source, count(*) AS n FROM "
                          + t
                          + " GROUP BY source")
              .toList());

  private final DatabaseClient db;

  public CountsStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<RecordCounts> counts() {
    return db.sql(SQL)
        .map(
            row ->
                new Object[] {
                  row.get("tbl", String.class),
                  row.get("source", String.class),
                  row.get("n", Long.class)
                })
        .all()
        .collectList()
        .map(CountsStore::counts);
  }

  private static RecordCounts counts(List<Object[]> rows) {
    Map<String, Map<String, Long>> bySource = new HashMap<>();
    for (Object[] row : rows) {
      bySource
          .computeIfAbsent((String) row[0], t -> new HashMap<>())
          .put((String) row[1], (Long) row[2]);
    }
    return new RecordCounts(
        table(bySource, "tutors"),
        table(bySource, "students"),
        table(bySource, "sessions"),
        table(bySource, "feedback"),
        table(bySource, "tutor_activity"),
        table(bySource, "tutor_lifecycle"));
  }

  private static TableCount table(Map<String, Map<String, Long>> bySource, String table) {
    Map<String, Long> counts = bySource.getOrDefault(table, Map.of());
    Map<String, Long> sources = new LinkedHashMap<>();
    for (DataSource source : DataSource.values()) {
      sources.put(source.name(), counts.getOrDefault(source.name(), 0L));
    }
    counts.forEach(sources::putIfAbsent);
    long total = sources.values().stream().mapToLong(Long::longValue).sum();
    return new TableCount(total, sources);
  }
}
