package com.tutormax.generation.simulation.persistence;

import com.tutormax.generation.simulation.domain.Archetype;
import com.tutormax.generation.simulation.domain.ChurnReason;
import com.tutormax.generation.simulation.domain.TutorTruth;
import com.tutormax.generation.simulation.domain.WorldSettings;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The generation schema: one simulation row (settings + checkpoint), published counts per event
 * type, and the ground truth. Called from the runner's own thread, so it blocks.
 */
@Repository
public class SimulationStore {

  /** Column types of a tutor_truth row, for binding nulls. */
  private static final Class<?>[] TRUTH_COLUMN_TYPES = {
    String.class,
    String.class,
    String.class,
    String.class,
    LocalDate.class,
    LocalDate.class,
    LocalDate.class,
    String.class,
    LocalDate.class
  };

  private final DatabaseClient db;
  private final TransactionalOperator transactions;

  public SimulationStore(DatabaseClient db, TransactionalOperator transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  public Optional<StoredSimulation> load() {
    return db.sql(
            "SELECT seed, epoch, initial_tutors, target_active_tutors, sessions_per_day,"
                + " published_until, live, backfilling FROM simulation WHERE id = 1")
        .map(
            row ->
                new StoredSimulation(
                    new WorldSettings(
                        row.get("seed", Long.class),
                        row.get("epoch", LocalDate.class),
                        row.get("initial_tutors", Integer.class),
                        row.get("target_active_tutors", Integer.class),
                        row.get("sessions_per_day", Integer.class)),
                    instant(row, "published_until"),
                    Boolean.TRUE.equals(row.get("live", Boolean.class)),
                    Boolean.TRUE.equals(row.get("backfilling", Boolean.class))))
        .one()
        .blockOptional();
  }

  /** Replaces the settings; only allowed while nothing has been published (checked by caller). */
  public void seed(WorldSettings settings) {
    transactions
        .transactional(
            db.sql("DELETE FROM simulation")
                .then()
                .then(db.sql("DELETE FROM published_counts").then())
                .then(db.sql("DELETE FROM tutor_truth").then())
                .then(
                    db.sql(
                            "INSERT INTO simulation (id, seed, epoch, initial_tutors,"
                                + " target_active_tutors, sessions_per_day) VALUES (1, :seed,"
                                + " :epoch, :initial, :target, :perDay)")
                        .bind("seed", settings.seed())
                        .bind("epoch", settings.epoch())
                        .bind("initial", settings.initialTutors())
                        .bind("target", settings.targetActiveTutors())
                        .bind("perDay", settings.sessionsPerDay())
                        .then()))
        .block();
  }

  public void setLive(boolean live) {
    setFlag("live", live);
  }

  public void setBackfilling(boolean backfilling) {
    setFlag("backfilling", backfilling);
  }

  private void setFlag(String column, boolean value) {
    db.sql("UPDATE simulation SET " + column + " = :value, updated_at = now() WHERE id = 1")
        .bind("value", value)
        .then()
        .block();
  }

  /**
   * Records that everything before {@code until} is acknowledged, with the counts it added and the
   * current ground truth, in one transaction: the checkpoint and the counts never disagree.
   */
  public void checkpoint(Instant until, Map<String, Long> added, List<TutorTruth> truth) {
    Mono<Void> work =
        db.sql("UPDATE simulation SET published_until = :until, updated_at = now() WHERE id = 1")
            .bind("until", until.atOffset(ZoneOffset.UTC))
            .then()
            .thenMany(Flux.fromIterable(added.entrySet()).concatMap(this::addCount))
            .then(truth.isEmpty() ? Mono.empty() : upsertTruth(truth));
    transactions.transactional(work).block();
  }

  public Map<String, Long> counts() {
    return db.sql("SELECT event_type, published FROM published_counts")
        .map(
            row -> Map.entry(row.get("event_type", String.class), row.get("published", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
        .map(map -> (Map<String, Long>) map)
        .block();
  }

  public List<TutorTruth> truth() {
    return db.sql("SELECT * FROM tutor_truth ORDER BY tutor_id")
        .map(
            row ->
                new TutorTruth(
                    row.get("tutor_id", String.class),
                    Archetype.valueOf(row.get("archetype", String.class)),
                    Archetype.valueOf(row.get("behaviour", String.class)),
                    row.get("subject_family", String.class),
                    row.get("joined_on", LocalDate.class),
                    row.get("decline_starts_on", LocalDate.class),
                    row.get("planned_churn_on", LocalDate.class),
                    Optional.ofNullable(row.get("churn_reason", String.class))
                        .map(ChurnReason::valueOf)
                        .orElse(null),
                    row.get("left_on", LocalDate.class)))
        .all()
        .collectList()
        .block();
  }

  private Mono<Void> addCount(Map.Entry<String, Long> count) {
    return db.sql(
            "INSERT INTO published_counts (event_type, published) VALUES (:type, :n)"
                + " ON CONFLICT (event_type) DO UPDATE SET published ="
                + " published_counts.published + EXCLUDED.published")
        .bind("type", count.getKey())
        .bind("n", count.getValue())
        .then();
  }

  /** One multi-row upsert for the whole roster. */
  private Mono<Void> upsertTruth(List<TutorTruth> truth) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO tutor_truth (tutor_id, archetype, behaviour, subject_family, joined_on,"
                + " decline_starts_on, planned_churn_on, churn_reason, left_on) VALUES ");
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < truth.size(); i++) {
      TutorTruth t = truth.get(i);
      sql.append(i == 0 ? "" : ",").append('(');
      Object[] row = {
        t.tutorId(),
        t.archetype().name(),
        t.behaviour().name(),
        t.subjectFamily(),
        t.joinedOn(),
        t.declineStartsOn(),
        t.plannedChurnOn(),
        t.churnReason() == null ? null : t.churnReason().name(),
        t.leftOn()
      };
      for (int c = 0; c < row.length; c++) {
        sql.append(c == 0 ? "" : ",").append('$').append(values.size() + 1);
        values.add(row[c]);
      }
      sql.append(')');
    }
    sql.append(
        " ON CONFLICT (tutor_id) DO UPDATE SET left_on = EXCLUDED.left_on,"
            + " planned_churn_on = EXCLUDED.planned_churn_on");
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      spec =
          value == null
              ? spec.bindNull(i, TRUTH_COLUMN_TYPES[i % TRUTH_COLUMN_TYPES.length])
              : spec.bind(i, value);
    }
    return spec.then();
  }

  private static Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
