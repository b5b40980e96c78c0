package com.tutormax.churn.models.persistence;

import com.tutormax.common.events.ModelPromoted;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * churn.models: per window, the model training last promoted, and the artifact of the last one
 * loaded. A promotion older than the one known changes nothing.
 */
@Repository
public class ModelStore {

  /** One window's row. */
  public record ModelRow(
      int windowDays,
      String modelId,
      String version,
      String artifactUrl,
      Instant promotedAt,
      String loadedVersion,
      String artifact,
      String fetchError,
      Instant nextAttemptAt) {

    /** Whether the promoted version is not the one loaded yet. */
    public boolean pending() {
      return !version.equals(loadedVersion);
    }
  }

  private final DatabaseClient db;

  public ModelStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> promoted(Collection<ModelPromoted> promotions) {
    return Flux.fromIterable(promotions)
        .sort(Comparator.comparing(ModelPromoted::promotedAt))
        .concatMap(
            m ->
                db.sql(
                        "INSERT INTO models AS m (window_days, model_id, version, artifact_url,"
                            + " promoted_at) VALUES (:window, :id, :version, :url, :at)"
                            + " ON CONFLICT (window_days) DO UPDATE SET model_id = EXCLUDED.model_id,"
                            + " version = EXCLUDED.version, artifact_url = EXCLUDED.artifact_url,"
                            + " promoted_at = EXCLUDED.promoted_at, fetch_error = NULL,"
                            + " next_attempt_at = NULL WHERE EXCLUDED.promoted_at >= m.promoted_at")
                    .bind("window", m.windowDays())
                    .bind("id", m.modelId())
                    .bind("version", m.version())
                    .bind("url", m.artifactUrl())
                    .bind("at", m.promotedAt())
                    .then())
        .then();
  }

  public Flux<ModelRow> all() {
    return db.sql("SELECT * FROM models ORDER BY window_days")
        .map(
            r ->
                new ModelRow(
                    r.get("window_days", Integer.class),
                    r.get("model_id", String.class),
                    r.get("version", String.class),
                    r.get("artifact_url", String.class),
                    r.get("promoted_at", Instant.class),
                    r.get("loaded_version", String.class),
                    r.get("artifact", String.class),
                    r.get("fetch_error", String.class),
                    r.get("next_attempt_at", Instant.class)))
        .all();
  }

  /** The artifact of {@code version} was fetched and loads: it serves from now on. */
  public Mono<Void> loaded(
      int windowDays, String modelId, String version, String artifact, Instant at) {
    return db.sql(
            "UPDATE models SET loaded_model_id = :id, loaded_version = :version,"
                + " artifact = :artifact, loaded_at = :at, fetch_error = NULL, next_attempt_at = NULL"
                + " WHERE window_days = :window AND version = :version")
        .bind("id", modelId)
        .bind("version", version)
        .bind("artifact", artifact)
        .bind("at", at)
        .bind("window", windowDays)
        .then();
  }

  /** Fetching or loading {@code version} failed: try again at {@code retryAt}. */
  public Mono<Void> failed(int windowDays, String version, String error, Instant retryAt) {
    return db.sql(
            "UPDATE models SET fetch_error = :error, next_attempt_at = :retry"
                + " WHERE window_days = :window AND version = :version")
        .bind("error", error.length() > 1000 ? error.substring(0, 1000) : error)
        .bind("retry", retryAt)
        .bind("window", windowDays)
        .bind("version", version)
        .then();
  }
}
