package com.tutormax.churn.scoring.persistence;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.TutorProfile;
import io.r2dbc.spi.Readable;
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
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * churn.tutors: each tutor's profile, how far their days are closed, their open day so far, whether
 * they churned, and whether something changed since they were last scored ({@code changed_at}, the
 * processing time of the oldest unscored change): the scorer picks changed tutors, so a burst of
 * events costs one scoring. Writes lock rows in tutor id order (no deadlock between batches).
 */
@Repository
public class TutorStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * A tutor as the scorer needs them; {@code openDay} only if after the last closed day; tier,
   * since when, and metric flags as evaluation last reported them.
   */
  public record TutorRow(
      String tutorId,
      TutorProfile profile,
      LocalDate closedThrough,
      TutorDayClosed openDay,
      Instant churnedAt,
      PerformanceTier tier,
      Instant tierSince,
      List<String> performanceFlags) {}

  private final DatabaseClient db;

  public TutorStore(DatabaseClient db) {
    this.db = db;
  }

  /** Profiles from registrations; a tutor with days already is re-scored (tenure may change). */
  public Mono<Void> registered(Collection<TutorRegistered> tutors, Instant now) {
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
        "INSERT INTO tutors AS t (tutor_id, joined_on, baseline_sessions_per_week)"
            + " SELECT r.tutor_id, r.joined_on, r.baseline FROM jsonb_to_recordset(CAST(:rows AS"
            + " jsonb)) AS r(tutor_id text, joined_on date, baseline int) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET joined_on = EXCLUDED.joined_on,"
            + " baseline_sessions_per_week = EXCLUDED.baseline_sessions_per_week,"
            + " changed_at = CASE WHEN t.first_day IS NULL THEN t.changed_at"
            + " ELSE COALESCE(t.changed_at, :now) END",
        rows,
        now);
  }

  /**
   * Closed days moved tutors on: their first and last closed day, an open day that is now closed
   * dropped, and a change mark ({@code ingested}: when the day reached Kafka).
   */
  public Mono<Void> closed(Collection<TutorDayClosed> days, Instant now) {
    Map<String, Map<String, Object>> byTutor = new java.util.TreeMap<>();
    for (TutorDayClosed day : days) {
      Map<String, Object> row =
          byTutor.computeIfAbsent(
              day.tutorId(),
              id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("tutor_id", id);
                r.put("first_day", day.day().toString());
                r.put("last_day", day.day().toString());
                return r;
              });
      if (day.day().toString().compareTo((String) row.get("first_day")) < 0) {
        row.put("first_day", day.day().toString());
      }
      if (day.day().toString().compareTo((String) row.get("last_day")) > 0) {
        row.put("last_day", day.day().toString());
      }
    }
    return write(
        "INSERT INTO tutors AS t (tutor_id, first_day, closed_through, changed_at,"
            + " changed_event_time)"
            + " SELECT r.tutor_id, r.first_day, r.last_day, :now, (r.last_day + 1)::timestamptz"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, first_day date,"
            + " last_day date) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET"
            + " first_day = LEAST(t.first_day, EXCLUDED.first_day),"
            + " closed_through = GREATEST(t.closed_through, EXCLUDED.closed_through),"
            + " open_day = CASE WHEN t.open_day_date <= GREATEST(t.closed_through,"
            + " EXCLUDED.closed_through) THEN NULL ELSE t.open_day END,"
            + " changed_at = COALESCE(t.changed_at, :now),"
            + " changed_event_time = GREATEST(t.changed_event_time, EXCLUDED.changed_event_time)",
        new ArrayList<>(byTutor.values()),
        now);
  }

  /**
   * The tutors' open days so far (the latest per tutor); one not after the tutor's last closed day
   * is ignored (that day's closed version counts).
   */
  public Mono<Void> opened(Collection<TutorDayClosed> openDays, Instant now) {
    Map<String, TutorDayClosed> latest = new java.util.TreeMap<>();
    for (TutorDayClosed day : openDays) {
      latest.merge(day.tutorId(), day, (a, b) -> b.closedAt().isAfter(a.closedAt()) ? b : a);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    latest
        .values()
        .forEach(
            d -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", d.tutorId());
              row.put("day", d.day().toString());
              row.put("as_of", d.closedAt().toString());
              row.put("payload", new String(EventJson.write(d), StandardCharsets.UTF_8));
              rows.add(row);
            });
    return write(
        "INSERT INTO tutors AS t (tutor_id, first_day, open_day, open_day_date,"
            + " open_day_as_of, changed_at, changed_event_time)"
            + " SELECT r.tutor_id, r.day, r.payload, r.day, r.as_of, :now, r.as_of"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, day date,"
            + " as_of timestamptz, payload text) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET"
            + " first_day = LEAST(t.first_day, EXCLUDED.first_day),"
            + " open_day = EXCLUDED.open_day, open_day_date = EXCLUDED.open_day_date,"
            + " open_day_as_of = EXCLUDED.open_day_as_of,"
            + " changed_at = COALESCE(t.changed_at, :now),"
            + " changed_event_time = GREATEST(t.changed_event_time, EXCLUDED.changed_event_time)"
            + " WHERE (t.closed_through IS NULL OR EXCLUDED.open_day_date > t.closed_through)"
            + " AND (t.open_day_as_of IS NULL OR EXCLUDED.open_day_as_of >= t.open_day_as_of)",
        rows,
        now);
  }

  /**
   * Evaluation's latest tier and metric flags per tutor (an older evaluation changes nothing); the
   * tier's start moves when the tier changes.
   */
  public Mono<Void> performed(Collection<PerformanceEvaluated> evaluations) {
    Map<String, PerformanceEvaluated> latest = new java.util.TreeMap<>();
    for (PerformanceEvaluated e : evaluations) {
      latest.merge(e.tutorId(), e, (a, b) -> b.asOf().isAfter(a.asOf()) ? b : a);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    latest
        .values()
        .forEach(
            e -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", e.tutorId());
              row.put("tier", e.tier().name());
              row.put("as_of", e.asOf().toString());
              row.put("flags", e.flags());
              rows.add(row);
            });
    return write(
        "INSERT INTO tutors AS t (tutor_id, tier, tier_since, performance_flags,"
            + " performance_as_of)"
            + " SELECT r.tutor_id, r.tier, r.as_of,"
            + " ARRAY(SELECT jsonb_array_elements_text(r.flags)), r.as_of"
            + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text, tier text,"
            + " as_of timestamptz, flags jsonb) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET tier = EXCLUDED.tier,"
            + " tier_since = CASE WHEN t.tier IS DISTINCT FROM EXCLUDED.tier"
            + " THEN EXCLUDED.tier_since ELSE COALESCE(t.tier_since, EXCLUDED.tier_since) END,"
            + " performance_flags = EXCLUDED.performance_flags,"
            + " performance_as_of = EXCLUDED.performance_as_of"
            + " WHERE t.performance_as_of IS NULL"
            + " OR EXCLUDED.performance_as_of >= t.performance_as_of",
        rows,
        null);
  }

  /**
   * Tutors evaluation detected as churned (shown with their prediction, left off at-risk lists).
   */
  public Mono<Void> churned(Collection<ChurnDetected> detected) {
    List<Map<String, Object>> rows = new ArrayList<>();
    detected.stream()
        .sorted(Comparator.comparing(ChurnDetected::tutorId))
        .forEach(
            c -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", c.tutorId());
              row.put("at", c.detectedAt().toString());
              row.put("reason", c.reason().name());
              rows.add(row);
            });
    return write(
        "INSERT INTO tutors AS t (tutor_id, churned_at, churn_reason)"
            + " SELECT r.tutor_id, r.at, r.reason FROM jsonb_to_recordset(CAST(:rows AS jsonb))"
            + " AS r(tutor_id text, at timestamptz, reason text) ORDER BY r.tutor_id"
            + " ON CONFLICT (tutor_id) DO UPDATE SET churned_at = EXCLUDED.churned_at,"
            + " churn_reason = EXCLUDED.churn_reason",
        rows,
        null);
  }

  /**
   * Locks up to {@code limit} changed tutors for scoring (skipping rows another instance holds):
   * those never scored, scored before {@code notScoredSince}, or with a live change (event time
   * after {@code liveSince}).
   */
  public Mono<List<TutorRow>> lockChanged(int limit, Instant notScoredSince, Instant liveSince) {
    return db.sql(
            "SELECT * FROM tutors WHERE changed_at IS NOT NULL AND (scored_at IS NULL"
                + " OR scored_at <= :since OR changed_event_time >= :live)"
                + " ORDER BY changed_at LIMIT :limit FOR UPDATE SKIP LOCKED")
        .bind("since", notScoredSince)
        .bind("live", liveSince)
        .bind("limit", limit)
        .map(TutorStore::row)
        .all()
        .filter(t -> t.profile() != null)
        .collectList();
  }

  /** The profiles of those of {@code tutorIds} whose registration (or first day) is known. */
  public Mono<Map<String, TutorProfile>> profiles(Collection<String> tutorIds) {
    return db.sql("SELECT * FROM tutors WHERE tutor_id = ANY(:ids)")
        .bind("ids", tutorIds.toArray(String[]::new))
        .map(TutorStore::row)
        .all()
        .filter(t -> t.profile() != null)
        .collectMap(TutorRow::tutorId, TutorRow::profile);
  }

  /** Locks these tutors for scoring, in tutor id order (those with a profile). */
  public Mono<List<TutorRow>> lock(Collection<String> tutorIds) {
    if (tutorIds.isEmpty()) {
      return Mono.just(List.of());
    }
    return db.sql("SELECT * FROM tutors WHERE tutor_id = ANY(:ids) ORDER BY tutor_id FOR UPDATE")
        .bind("ids", tutorIds.toArray(String[]::new))
        .map(TutorStore::row)
        .all()
        .filter(t -> t.profile() != null)
        .collectList();
  }

  /** Marks every tutor with a closed or open day for re-scoring (the daily batch). */
  public Mono<Long> markAll(Instant now) {
    return db.sql(
            "UPDATE tutors SET changed_at = COALESCE(changed_at, :now), scored_at = NULL"
                + " WHERE first_day IS NOT NULL")
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  /** Clears the change mark after a scoring. */
  public Mono<Void> scored(Collection<String> tutorIds, Instant now) {
    if (tutorIds.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            "UPDATE tutors SET changed_at = NULL, scored_at = :now WHERE tutor_id = ANY(:ids)")
        .bind("now", now)
        .bind("ids", tutorIds.toArray(String[]::new))
        .then();
  }

  /** Whether evaluation detected the tutor as churned, and when (null: not churned or unknown). */
  public Mono<Churn> churn(String tutorId) {
    return db.sql("SELECT churned_at, churn_reason FROM tutors WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(
            r -> new Churn(r.get("churned_at", Instant.class), r.get("churn_reason", String.class)))
        .one();
  }

  /** When a tutor churned and why (both null if they did not). */
  public record Churn(Instant at, String reason) {}

  private Mono<Void> write(String sql, List<Map<String, Object>> rows, Instant now) {
    if (rows.isEmpty()) {
      return Mono.empty();
    }
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(sql).bind("rows", JSON.writeValueAsString(rows));
    if (now != null) {
      spec = spec.bind("now", now);
    }
    return spec.then();
  }

  private static TutorRow row(Readable r) {
    String id = r.get("tutor_id", String.class);
    LocalDate joined = r.get("joined_on", LocalDate.class);
    LocalDate first = r.get("first_day", LocalDate.class);
    LocalDate joinedOn = joined != null ? joined : first;
    Integer baseline = r.get("baseline_sessions_per_week", Integer.class);
    TutorProfile profile =
        joinedOn == null ? null : new TutorProfile(id, joinedOn, baseline == null ? 0 : baseline);
    String open = r.get("open_day", String.class);
    LocalDate closedThrough = r.get("closed_through", LocalDate.class);
    TutorDayClosed openDay =
        open == null
            ? null
            : EventJson.read(open.getBytes(StandardCharsets.UTF_8), TutorDayClosed.class);
    if (openDay != null && closedThrough != null && !openDay.day().isAfter(closedThrough)) {
      openDay = null;
    }
    String tier = r.get("tier", String.class);
    String[] flags = r.get("performance_flags", String[].class);
    return new TutorRow(
        id,
        profile,
        closedThrough,
        openDay,
        r.get("churned_at", Instant.class),
        tier == null ? null : PerformanceTier.valueOf(tier),
        r.get("tier_since", Instant.class),
        flags == null ? List.of() : List.of(flags));
  }
}
