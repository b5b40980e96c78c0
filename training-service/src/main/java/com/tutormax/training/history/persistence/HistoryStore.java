package com.tutormax.training.history.persistence;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.TutorProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * training.tutors, training.closed_days and training.churns: the history training sets are built
 * from. Writes are idempotent (a redelivered event changes nothing) and in key order.
 */
@Repository
public class HistoryStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A tutor's detected churn. */
  public record Churn(String tutorId, String reason, Instant detectedAt, Instant lastSessionAt) {

    /** The detection as the event it came from. */
    public ChurnDetected event() {
      return new ChurnDetected(
          tutorId, ChurnDetected.Reason.valueOf(reason), detectedAt, lastSessionAt);
    }
  }

  private final DatabaseClient db;

  public HistoryStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> registered(Collection<TutorRegistered> tutors) {
    List<Map<String, Object>> rows = new ArrayList<>();
    tutors.stream()
        .sorted(Comparator.comparing(TutorRegistered::tutorId))
        .forEach(
            t -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", t.tutorId());
              row.put("joined_on", t.joinedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
              row.put("baseline", t.baselineSessionsPerWeek());
              rows.add(row);
            });
    return write(
        "INSERT INTO tutors (tutor_id, joined_on, baseline_sessions_per_week)"
            + " SELECT r.tutor_id, r.joined_on, r.baseline FROM jsonb_to_recordset(CAST(:rows AS"
            + " jsonb)) AS r(tutor_id text, joined_on date, baseline int) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET joined_on = EXCLUDED.joined_on,"
            + " baseline_sessions_per_week = EXCLUDED.baseline_sessions_per_week",
        rows);
  }

  public Mono<Void> closed(Collection<TutorDayClosed> days) {
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
    return write(
        "INSERT INTO closed_days (tutor_id, day, payload) SELECT r.tutor_id, r.day, r.payload"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, day date,"
            + " payload text) ON CONFLICT (tutor_id, day) DO NOTHING",
        rows);
  }

  /**
   * Detected churns; a tutor's first detection is kept (only the first churn counts in training,
   * and keeping the earliest gives the same table whatever the arrival order).
   */
  public Mono<Void> churned(Collection<ChurnDetected> churns) {
    List<Map<String, Object>> rows = new ArrayList<>();
    churns.stream()
        .sorted(Comparator.comparing(ChurnDetected::tutorId))
        .forEach(
            c -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", c.tutorId());
              row.put("reason", c.reason().name());
              row.put("detected_at", c.detectedAt().toString());
              row.put(
                  "last_session_at",
                  c.lastSessionAt() == null ? null : c.lastSessionAt().toString());
              rows.add(row);
            });
    return write(
        "INSERT INTO churns AS c (tutor_id, reason, detected_at, last_session_at)"
            + " SELECT r.tutor_id, r.reason, r.detected_at, r.last_session_at"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, reason text,"
            + " detected_at timestamptz, last_session_at timestamptz) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET reason = EXCLUDED.reason,"
            + " detected_at = EXCLUDED.detected_at, last_session_at = EXCLUDED.last_session_at"
            + " WHERE EXCLUDED.detected_at < c.detected_at",
        rows);
  }

  /** Every registered tutor's profile. */
  public Flux<TutorProfile> profiles() {
    return db.sql("SELECT * FROM tutors ORDER BY tutor_id")
        .map(
            r ->
                new TutorProfile(
                    r.get("tutor_id", String.class),
                    r.get("joined_on", LocalDate.class),
                    r.get("baseline_sessions_per_week", Integer.class)))
        .all();
  }

  /** Every closed day of every tutor. */
  public Flux<TutorDayClosed> closedDays() {
    return db.sql("SELECT payload FROM closed_days")
        .map(
            r ->
                EventJson.read(
                    r.get("payload", String.class).getBytes(StandardCharsets.UTF_8),
                    TutorDayClosed.class))
        .all();
  }

  public Flux<Churn> churns() {
    return db.sql("SELECT * FROM churns")
        .map(
            r ->
                new Churn(
                    r.get("tutor_id", String.class),
                    r.get("reason", String.class),
                    r.get("detected_at", Instant.class),
                    r.get("last_session_at", Instant.class)))
        .all();
  }

  private Mono<Void> write(String sql, List<Map<String, Object>> rows) {
    return rows.isEmpty()
        ? Mono.empty()
        : db.sql(sql).bind("rows", JSON.writeValueAsString(rows)).then();
  }
}
