package com.tutormax.training.models.persistence;

import com.tutormax.common.events.EventJson;
import com.tutormax.common.models.ModelArtifact;
import io.r2dbc.spi.Readable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * training.runs and training.models: training runs and the model registry. A window has at most one
 * CHAMPION (the model served); the others are CANDIDATEs (never served) or RETIRED (served once).
 */
@Repository
public class RegistryStore {

  /**
   * A run as listed.
   *
   * @param progress the step it is at ("3/6: the 7-day window"), then how it ended
   * @param summary each model's outcome, filled in as the run goes
   */
  public record Run(
      UUID runId,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      String status,
      String progress,
      LocalDate observedThrough,
      Integer rows,
      String summary,
      String error) {}

  /**
   * A model as listed (its artifact and test predictions are fetched separately).
   *
   * @param dataFrom the first as-of day it was trained on
   * @param dataThrough the last as-of day of its test split
   * @param championTestAuc the champion's AUC on this model's test rows when it was trained
   * @param promotedBy who made it champion: a run ("run:&lt;id&gt;") or an admin
   */
  public record Model(
      String modelId,
      int windowDays,
      String version,
      UUID runId,
      Instant createdAt,
      String status,
      Double testAuc,
      Double championTestAuc,
      Double championTestBrier,
      LocalDate dataFrom,
      LocalDate dataThrough,
      String metrics,
      String baseline,
      String importance,
      String params,
      Instant promotedAt,
      String promotedBy,
      Instant retiredAt) {}

  private final DatabaseClient db;

  public RegistryStore(DatabaseClient db) {
    this.db = db;
  }

  /** Starts a run unless one is running; empty if one is. */
  public Mono<Run> start(UUID runId, String requestedBy, Instant now) {
    return db.sql(
            "INSERT INTO runs (run_id, requested_by, started_at, status)"
                + " SELECT :id, :by, :now, 'RUNNING'"
                + " WHERE NOT EXISTS (SELECT 1 FROM runs WHERE status = 'RUNNING')")
        .bind("id", runId)
        .bind("by", requestedBy)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .flatMap(n -> n == 0 ? Mono.<Run>empty() : run(runId));
  }

  public Mono<Void> finish(
      UUID runId,
      String status,
      LocalDate observedThrough,
      Integer rows,
      String summary,
      String error,
      Instant now) {
    return db.sql(
            "UPDATE runs SET status = :status, finished_at = :now, observed_through = :through,"
                + " rows = :rows, summary = :summary, error = :error,"
                + " progress = CASE WHEN :status = 'SUCCEEDED' THEN 'done'"
                + " ELSE coalesce(progress, 'not started') || ' (failed)' END"
                + " WHERE run_id = :id")
        .bind("status", status)
        .bind("now", now)
        .bind("through", Parameter.fromOrEmpty(observedThrough, LocalDate.class))
        .bind("rows", Parameter.fromOrEmpty(rows, Integer.class))
        .bind("summary", Parameter.fromOrEmpty(summary, String.class))
        .bind("error", Parameter.fromOrEmpty(error, String.class))
        .bind("id", runId)
        .then();
  }

  /** Records how far a running run has got, with the outcomes so far. */
  public Mono<Void> progress(UUID runId, String progress, Integer rows, String summarySoFar) {
    return db.sql(
            "UPDATE runs SET progress = :progress, rows = :rows, summary = :summary"
                + " WHERE run_id = :id AND status = 'RUNNING'")
        .bind("progress", progress)
        .bind("rows", Parameter.fromOrEmpty(rows, Integer.class))
        .bind("summary", Parameter.fromOrEmpty(summarySoFar, String.class))
        .bind("id", runId)
        .then();
  }

  /** Runs that were RUNNING when the service stopped can never finish: mark them failed. */
  public Mono<Long> abandonRunning(Instant now) {
    return db.sql(
            "UPDATE runs SET status = 'FAILED', finished_at = :now,"
                + " error = 'interrupted: the service stopped during the run'"
                + " WHERE status = 'RUNNING'")
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  public Mono<Run> run(UUID runId) {
    return db.sql("SELECT * FROM runs WHERE run_id = :id")
        .bind("id", runId)
        .map(RegistryStore::toRun)
        .one();
  }

  public Flux<Run> runs(int limit) {
    return db.sql("SELECT * FROM runs ORDER BY started_at DESC LIMIT :limit")
        .bind("limit", limit)
        .map(RegistryStore::toRun)
        .all();
  }

  /**
   * Stores a trained model with its test predictions (JSON): a CANDIDATE, or the window's CHAMPION
   * (promoted by {@code model.promotedBy()}) after retiring the current one.
   */
  public Mono<Void> add(
      Model model, ModelArtifact artifact, String testPredictions, boolean champion, Instant now) {
    Mono<Void> insert =
        db.sql(
                "INSERT INTO models (model_id, window_days, version, run_id, created_at, status,"
                    + " test_auc, champion_test_auc, champion_test_brier, data_from, data_through,"
                    + " metrics, baseline, importance, params, artifact, test_predictions)"
                    + " VALUES (:id, :window, :version, :run, :now, 'CANDIDATE', :auc,"
                    + " :championAuc, :championBrier, :from, :through, :metrics, :baseline,"
                    + " :importance, :params, :artifact, :predictions)")
            .bind("id", model.modelId())
            .bind("window", model.windowDays())
            .bind("version", model.version())
            .bind("run", model.runId())
            .bind("now", now)
            .bind("auc", Parameter.fromOrEmpty(finite(model.testAuc()), Double.class))
            .bind(
                "championAuc", Parameter.fromOrEmpty(finite(model.championTestAuc()), Double.class))
            .bind(
                "championBrier",
                Parameter.fromOrEmpty(finite(model.championTestBrier()), Double.class))
            .bind("from", Parameter.fromOrEmpty(model.dataFrom(), LocalDate.class))
            .bind("through", Parameter.fromOrEmpty(model.dataThrough(), LocalDate.class))
            .bind("metrics", model.metrics())
            .bind("baseline", Parameter.fromOrEmpty(model.baseline(), String.class))
            .bind("importance", model.importance())
            .bind("params", model.params())
            .bind(
                "artifact",
                new String(EventJson.mapper().writeValueAsBytes(artifact), StandardCharsets.UTF_8))
            .bind("predictions", testPredictions)
            .then();
    return champion
        ? insert.then(crown(model.modelId(), model.windowDays(), model.promotedBy(), now))
        : insert;
  }

  /**
   * Makes a stored model the champion of its window (retiring the current one), e.g. to roll back
   * to an earlier version; empty if there is no such model.
   */
  public Mono<Model> promote(String modelId, String promotedBy, Instant now) {
    return model(modelId)
        .flatMap(m -> crown(modelId, m.windowDays(), promotedBy, now).then(model(modelId)));
  }

  private Mono<Void> crown(String modelId, int windowDays, String promotedBy, Instant now) {
    Mono<Void> retire =
        db.sql(
                "UPDATE models SET status = 'RETIRED', retired_at = :now"
                    + " WHERE window_days = :window AND status = 'CHAMPION' AND model_id <> :id")
            .bind("now", now)
            .bind("window", windowDays)
            .bind("id", modelId)
            .then();
    Mono<Void> crown =
        db.sql(
                "UPDATE models SET status = 'CHAMPION', promoted_at = :now, promoted_by = :by,"
                    + " retired_at = NULL WHERE model_id = :id")
            .bind("now", now)
            .bind("by", promotedBy)
            .bind("id", modelId)
            .then();
    return retire.then(crown);
  }

  public Flux<Model> models(int limit) {
    return db.sql("SELECT * FROM models ORDER BY created_at DESC, window_days LIMIT :limit")
        .bind("limit", limit)
        .map(RegistryStore::toModel)
        .all();
  }

  public Mono<Model> model(String modelId) {
    return db.sql("SELECT * FROM models WHERE model_id = :id")
        .bind("id", modelId)
        .map(RegistryStore::toModel)
        .one();
  }

  /** A model's artifact JSON, as churn fetches it. */
  public Mono<String> artifact(String modelId) {
    return db.sql("SELECT artifact FROM models WHERE model_id = :id")
        .bind("id", modelId)
        .map(r -> r.get("artifact", String.class))
        .one();
  }

  /** A model's test-split predictions (JSON), for the quality report. */
  public Mono<String> testPredictions(String modelId) {
    return db.sql("SELECT coalesce(test_predictions, '[]') AS p FROM models WHERE model_id = :id")
        .bind("id", modelId)
        .map(r -> r.get("p", String.class))
        .one();
  }

  /** The current champion of every window that has one. */
  public Flux<Model> champions() {
    return db.sql("SELECT * FROM models WHERE status = 'CHAMPION' ORDER BY window_days")
        .map(RegistryStore::toModel)
        .all();
  }

  /** The artifact of the window's champion, if any. */
  public Mono<ModelArtifact> championArtifact(int windowDays) {
    return db.sql("SELECT artifact FROM models WHERE window_days = :window AND status = 'CHAMPION'")
        .bind("window", windowDays)
        .map(r -> r.get("artifact", String.class))
        .one()
        .map(
            json ->
                EventJson.mapper()
                    .readValue(json.getBytes(StandardCharsets.UTF_8), ModelArtifact.class));
  }

  private static Double finite(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : d;
  }

  private static Run toRun(Readable r) {
    return new Run(
        r.get("run_id", UUID.class),
        r.get("requested_by", String.class),
        r.get("started_at", Instant.class),
        r.get("finished_at", Instant.class),
        r.get("status", String.class),
        r.get("progress", String.class),
        r.get("observed_through", LocalDate.class),
        r.get("rows", Integer.class),
        r.get("summary", String.class),
        r.get("error", String.class));
  }

  private static Model toModel(Readable r) {
    return new Model(
        r.get("model_id", String.class),
        r.get("window_days", Integer.class),
        r.get("version", String.class),
        r.get("run_id", UUID.class),
        r.get("created_at", Instant.class),
        r.get("status", String.class),
        r.get("test_auc", Double.class),
        r.get("champion_test_auc", Double.class),
        r.get("champion_test_brier", Double.class),
        r.get("data_from", LocalDate.class),
        r.get("data_through", LocalDate.class),
        r.get("metrics", String.class),
        r.get("baseline", String.class),
        r.get("importance", String.class),
        r.get("params", String.class),
        r.get("promoted_at", Instant.class),
        r.get("promoted_by", String.class),
        r.get("retired_at", Instant.class));
  }
}
