package com.tutormax.churn.scoring.persistence;

import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.TutorDayClosed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * churn.closed_days: every closed day of every tutor, as published (the feature function's only
 * input). A day is stored once; a redelivered one changes nothing.
 */
@Repository
public class ClosedDayStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DatabaseClient db;

  public ClosedDayStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> add(Collection<TutorDayClosed> days) {
    if (days.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    days.stream()
        .sorted(Comparator.comparing(TutorDayClosed::tutorId).thenComparing(TutorDayClosed::day))
        .forEach(
            d -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", d.tutorId());
              row.put("day", d.day().toString());
              row.put("payload", new String(EventJson.write(d), StandardCharsets.UTF_8));
              rows.add(row);
            });
    return db.sql(
            "INSERT INTO closed_days (tutor_id, day, payload)"
                + " SELECT r.tutor_id, r.day, r.payload FROM jsonb_to_recordset(CAST(:rows AS"
                + " jsonb)) AS r(tutor_id text, day date, payload text)"
                + " ON CONFLICT (tutor_id, day) DO NOTHING")
        .bind("rows", JSON.writeValueAsString(rows))
        .then();
  }

  /** The closed days of each of {@code tutorIds} (every tutor present, possibly with none). */
  public Mono<Map<String, List<TutorDayClosed>>> of(Collection<String> tutorIds) {
    Map<String, List<TutorDayClosed>> byTutor = new HashMap<>();
    tutorIds.forEach(id -> byTutor.put(id, new ArrayList<>()));
    if (tutorIds.isEmpty()) {
      return Mono.just(byTutor);
    }
    return db.sql("SELECT payload FROM closed_days WHERE tutor_id = ANY(:ids)")
        .bind("ids", tutorIds.toArray(String[]::new))
        .map(
            r ->
                EventJson.read(
                    r.get("payload", String.class).getBytes(StandardCharsets.UTF_8),
                    TutorDayClosed.class))
        .all()
        .collectList()
        .map(
            days -> {
              days.forEach(d -> byTutor.get(d.tutorId()).add(d));
              return byTutor;
            });
  }
}
