package com.tutormax.training.firstsession.persistence;

import com.tutormax.common.features.LogisticModel;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * training.first_session_models: the first-session model's own registry, apart from the churn
 * windows' {@code models}. Each trained model with its coefficients ({@code model}: intercept and
 * per-feature coefficient, mean and std), test metrics, parameters, the session days it covers, and
 * its status: CANDIDATE, CHAMPION (at most one) or RETIRED.
 */
@Repository
public class FirstSessionModelStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A stored model; {@code model}, {@code metrics} and {@code params} are JSON. */
  public record Stored(
      String modelId,
      String version,
      UUID runId,
      Instant createdAt,
      String status,
      LocalDate dataFrom,
      LocalDate dataThrough,
      Double testAuc,
      Double servingTestAuc,
      String reason,
      String model,
      String metrics,
      String params,
      Instant promotedAt,
      String promotedBy,
      Instant retiredAt) {}

  private final DatabaseClient db;

  public FirstSessionModelStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Stores a trained model: a CANDIDATE, or the CHAMPION (promoted by {@code promotedBy}) after
   * retiring the current one (run both in one transaction).
   */
  public Mono<Void> add(Stored model, boolean promote, String promotedBy, Instant now) {
    Mono<Void> retire =
        promote
            ? db.sql(
                    "UPDATE first_session_models SET status = 'RETIRED', retired_at = :now"
                        + " WHERE status = 'CHAMPION'")
                .bind("now", now)
                .then()
            : Mono.empty();
    Mono<Void> insert =
        db.sql(
                "INSERT INTO first_session_models (model_id, version, run_id, created_at, status,"
                    + " data_from, data_through, test_auc, serving_test_auc, reason, model,"
                    + " metrics, params, promoted_at, promoted_by) VALUES (:id, :version, :run,"
                    + " :now, :status, :from, :through, :auc, :servingAuc, :reason, :model,"
                    + " :metrics, :params, :promotedAt, :promotedBy)")
            .bind("id", model.modelId())
            .bind("version", model.version())
            .bind("run", model.runId())
            .bind("now", now)
            .bind("status", promote ? "CHAMPION" : "CANDIDATE")
            .bind("from", model.dataFrom())
            .bind("through", model.dataThrough())
            .bind("auc", Parameter.fromOrEmpty(finite(model.testAuc()), Double.class))
            .bind("servingAuc", Parameter.fromOrEmpty(finite(model.servingTestAuc()), Double.class))
            .bind("reason", model.reason())
            .bind("model", model.model())
            .bind("metrics", model.metrics())
            .bind("params", model.params())
            .bind("promotedAt", Parameter.fromOrEmpty(promote ? now : null, Instant.class))
            .bind("promotedBy", Parameter.fromOrEmpty(promote ? promotedBy : null, String.class))
            .then();
    return retire.then(insert);
  }

  /** The promoted model, if any. */
  public Mono<Stored> promoted() {
    return db.sql("SELECT * FROM first_session_models WHERE status = 'CHAMPION'")
        .map(FirstSessionModelStore::toStored)
        .one();
  }

  /** The promoted model's regression, if any. */
  public Mono<LogisticModel> promotedModel() {
    return promoted().map(s -> JSON.readValue(s.model(), LogisticModel.class));
  }

  public Flux<Stored> models(int limit) {
    return db.sql("SELECT * FROM first_session_models ORDER BY created_at DESC LIMIT :limit")
        .bind("limit", limit)
        .map(FirstSessionModelStore::toStored)
        .all();
  }

  private static Double finite(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : d;
  }

  private static Stored toStored(Readable r) {
    return new Stored(
        r.get("model_id", String.class),
        r.get("version", String.class),
        r.get("run_id", UUID.class),
        r.get("created_at", Instant.class),
        r.get("status", String.class),
        r.get("data_from", LocalDate.class),
        r.get("data_through", LocalDate.class),
        r.get("test_auc", Double.class),
        r.get("serving_test_auc", Double.class),
        r.get("reason", String.class),
        r.get("model", String.class),
        r.get("metrics", String.class),
        r.get("params", String.class),
        r.get("promoted_at", Instant.class),
        r.get("promoted_by", String.class),
        r.get("retired_at", Instant.class));
  }
}
