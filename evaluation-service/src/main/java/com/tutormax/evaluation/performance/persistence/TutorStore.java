package com.tutormax.evaluation.performance.persistence;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.events.ChurnDetected;
import com.tutormax.evaluation.performance.domain.ChurnState;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * evaluation.tutors: each tutor's join day, churn state and latest evaluation, and whether
 * something changed since ({@code changed_at}, the processing time of the oldest unevaluated
 * change): the evaluator picks changed tutors, so a burst of events costs one evaluation.
 */
@Repository
public class TutorStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A tutor touched by events of one batch: their earliest day, latest event and held day. */
  public record Touch(String tutorId, LocalDate firstDay, Instant latestEvent, Instant heldAt) {}

  /** A tutor's state as the day closer and the evaluator need it. */
  public record TutorRow(
      String tutorId,
      LocalDate joinedOn,
      ChurnState churn,
      Instant lastHeldAt,
      Instant changedAt,
      Instant changedEventTime,
      PerformanceTier tier) {}

  private final DatabaseClient db;

  public TutorStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Records that tutors have new data: {@code ingested} (per tutor, when their first new record
   * reached Kafka; {@code now} if unknown) marks the change unless an older one is pending.
   */
  public Mono<Void> touch(Collection<Touch> touches, Map<String, Instant> ingested, Instant now) {
    if (touches.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    touches.stream()
        .sorted(Comparator.comparing(Touch::tutorId))
        .forEach(
            t -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", t.tutorId());
              row.put("first_day", t.firstDay().toString());
              row.put("latest_event", t.latestEvent().toString());
              row.put("held_at", t.heldAt() == null ? null : t.heldAt().toString());
              row.put("ingested", ingested.getOrDefault(t.tutorId(), now).toString());
              rows.add(row);
            });
    return db.sql(
            "INSERT INTO tutors AS t (tutor_id, joined_on, active_since, last_held_at,"
                + " changed_at, changed_event_time)"
                + " SELECT r.tutor_id, r.first_day, r.first_day, r.held_at, r.ingested,"
                + " r.latest_event FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(tutor_id text,"
                + " first_day date, latest_event timestamptz, held_at timestamptz, ingested"
                + " timestamptz) ORDER BY r.tutor_id"
                + " ON CONFLICT (tutor_id) DO UPDATE SET"
                + " active_since = CASE WHEN t.active_since = t.joined_on"
                + " THEN LEAST(t.active_since, EXCLUDED.joined_on) ELSE t.active_since END,"
                + " joined_on = LEAST(t.joined_on, EXCLUDED.joined_on),"
                + " last_held_at = GREATEST(t.last_held_at, EXCLUDED.last_held_at),"
                + " changed_at = COALESCE(t.changed_at, EXCLUDED.changed_at),"
                + " changed_event_time = GREATEST(t.changed_event_time,"
                + " EXCLUDED.changed_event_time)")
        .bind("rows", JSON.writeValueAsString(rows))
        .then();
  }

  /**
   * Tutors with changes to evaluate, oldest change first, locked for this transaction (another
   * instance skips them). A change to history (event time before {@code liveSince}, a backfill)
   * waits until the tutor's last evaluation is older than {@code notEvaluatedSince}, so bursts
   * coalesce; a live change is evaluated at once. A list, read whole: the caller goes on to run
   * statements on the same transaction's connection, which cannot start one while this result is
   * half-read.
   */
  public Mono<List<TutorRow>> lockChanged(int limit, Instant notEvaluatedSince, Instant liveSince) {
    return db.sql(
            "SELECT * FROM tutors WHERE changed_at IS NOT NULL AND (evaluated_at IS NULL"
                + " OR evaluated_at <= :since OR changed_event_time >= :live)"
                + " ORDER BY changed_at LIMIT :limit FOR UPDATE SKIP LOCKED")
        .bind("since", notEvaluatedSince)
        .bind("live", liveSince)
        .bind("limit", limit)
        .map(TutorStore::row)
        .all()
        .collectList();
  }

  public Mono<TutorRow> find(String tutorId) {
    return db.sql("SELECT * FROM tutors WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(TutorStore::row)
        .one();
  }

  /** Every tutor who had joined by {@code day} (the day closer's population). */
  public Flux<TutorRow> joinedBy(LocalDate day) {
    return db.sql("SELECT * FROM tutors WHERE joined_on <= :day ORDER BY tutor_id")
        .bind("day", day)
        .map(TutorStore::row)
        .all();
  }

  /** Stores an evaluation and clears the change mark. */
  public Mono<Void> evaluated(
      String tutorId,
      PerformanceTier tier,
      Double score,
      List<String> flags,
      Map<String, Map<String, Double>> metrics,
      Instant evaluatedAt,
      Instant asOf) {
    return db.sql(
            "UPDATE tutors SET tier = :tier, score = :score, flags = :flags,"
                + " metrics = CAST(:metrics AS jsonb), evaluated_at = :at, evaluated_as_of = :asOf,"
                + " changed_at = NULL WHERE tutor_id = :id")
        .bind("tier", tier.name())
        .bind("score", nullableDouble(score))
        .bind("flags", flags.toArray(String[]::new))
        .bind("metrics", JSON.writeValueAsString(metrics))
        .bind("at", evaluatedAt)
        .bind("asOf", asOf)
        .bind("id", tutorId)
        .then();
  }

  /** Stores the churn state after a decision; a change of state is a change to evaluate. */
  public Mono<Void> churnState(String tutorId, ChurnState state, Instant now) {
    return db.sql(
            "UPDATE tutors SET active_since = :since, churn_reason = :reason,"
                + " baseline_per_week = :baseline, churned_on = :on,"
                + " changed_at = COALESCE(changed_at, :now) WHERE tutor_id = :id")
        .bind("since", state.activeSince())
        .bind("reason", nullable(state.churnedFor() == null ? null : state.churnedFor().name()))
        .bind("baseline", nullableDouble(state.baselinePerWeek()))
        .bind("on", nullableDay(state.churnedOn()))
        .bind("now", now)
        .bind("id", tutorId)
        .then();
  }

  private static Parameter nullable(String value) {
    return Parameter.fromOrEmpty(value, String.class);
  }

  private static Parameter nullableDouble(Double value) {
    return Parameter.fromOrEmpty(value, Double.class);
  }

  private static Parameter nullableDay(LocalDate value) {
    return Parameter.fromOrEmpty(value, LocalDate.class);
  }

  private static TutorRow row(Readable row) {
    String reason = row.get("churn_reason", String.class);
    String tier = row.get("tier", String.class);
    return new TutorRow(
        row.get("tutor_id", String.class),
        row.get("joined_on", LocalDate.class),
        new ChurnState(
            row.get("active_since", LocalDate.class),
            reason == null ? null : ChurnDetected.Reason.valueOf(reason),
            row.get("churned_on", LocalDate.class),
            row.get("baseline_per_week", Double.class)),
        row.get("last_held_at", Instant.class),
        row.get("changed_at", Instant.class),
        row.get("changed_event_time", Instant.class),
        tier == null ? null : PerformanceTier.valueOf(tier));
  }

  /** A tutor's latest evaluation as the API shows it. */
  public record CurrentEvaluation(
      String tutorId,
      PerformanceTier tier,
      Double score,
      List<String> flags,
      Map<String, Map<String, Double>> metricsByWindow,
      Instant asOf,
      Instant evaluatedAt,
      String churnReason,
      LocalDate churnedOn) {

    /** As a tutor sees their own: churn detection is for staff. */
    public CurrentEvaluation withoutChurn() {
      return new CurrentEvaluation(
          tutorId, tier, score, flags, metricsByWindow, asOf, evaluatedAt, null, null);
    }
  }

  private static final String CURRENT =
      "SELECT tutor_id, tier, score, flags, CAST(metrics AS text) AS metrics, evaluated_as_of,"
          + " evaluated_at, churn_reason, churned_on FROM tutors";

  public Mono<CurrentEvaluation> current(String tutorId) {
    return db.sql(CURRENT + " WHERE tutor_id = :id AND evaluated_at IS NOT NULL")
        .bind("id", tutorId)
        .map(TutorStore::currentEvaluation)
        .one();
  }

  /** Active (not churned) evaluated tutors by tier. */
  public Mono<Map<PerformanceTier, Long>> activeTierCounts() {
    return db.sql(
            "SELECT tier, count(*) AS n FROM tutors WHERE tier IS NOT NULL AND churn_reason IS NULL"
                + " GROUP BY tier")
        .map(
            row ->
                Map.entry(
                    PerformanceTier.valueOf(row.get("tier", String.class)),
                    row.get("n", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Active tutors whose latest evaluation carries {@code flag} (any flag when null). */
  public Flux<CurrentEvaluation> flagged(String flag) {
    String where = flag == null ? " cardinality(flags) > 0" : " :flag = ANY(flags)";
    var spec =
        db.sql(CURRENT + " WHERE churn_reason IS NULL AND" + where + " ORDER BY score, tutor_id");
    if (flag != null) {
      spec = spec.bind("flag", flag);
    }
    return spec.map(TutorStore::currentEvaluation).all();
  }

  private static CurrentEvaluation currentEvaluation(Readable row) {
    String[] flags = row.get("flags", String[].class);
    String metrics = row.get("metrics", String.class);
    return new CurrentEvaluation(
        row.get("tutor_id", String.class),
        PerformanceTier.valueOf(row.get("tier", String.class)),
        row.get("score", Double.class),
        flags == null ? List.of() : List.of(flags),
        metrics == null ? Map.of() : JSON.readValue(metrics, METRICS),
        row.get("evaluated_as_of", Instant.class),
        row.get("evaluated_at", Instant.class),
        row.get("churn_reason", String.class),
        row.get("churned_on", LocalDate.class));
  }

  private static final TypeReference<Map<String, Map<String, Double>>> METRICS =
      new TypeReference<>() {};
}
