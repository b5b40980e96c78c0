package com.tutormax.churn.firstsession.persistence;

import com.tutormax.churn.firstsession.domain.FirstSessionRisk;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.features.LogisticModel;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The announced first-session models and the assessed first sessions (schema churn). */
@Repository
public class FirstSessionStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The served model: the latest promoted. */
  public record ServedModel(
      String modelId,
      String version,
      LogisticModel model,
      Map<String, Double> metrics,
      Instant promotedAt) {}

  private final DatabaseClient db;

  public FirstSessionStore(DatabaseClient db) {
    this.db = db;
  }

  /** Keeps announced models (a redelivered announcement changes nothing). */
  public Mono<Void> promoted(Collection<FirstSessionModelPromoted> models) {
    return Flux.fromIterable(models)
        .concatMap(
            m ->
                db.sql(
                        "INSERT INTO first_session_models (model_id, version, model, metrics,"
                            + " promoted_at) VALUES (:id, :version, :model, :metrics, :at)"
                            + " ON CONFLICT (model_id) DO UPDATE SET promoted_at ="
                            + " EXCLUDED.promoted_at")
                    .bind("id", m.modelId())
                    .bind("version", m.version())
                    .bind("model", JSON.writeValueAsString(m.model()))
                    .bind("metrics", JSON.writeValueAsString(m.metrics()))
                    .bind("at", m.promotedAt())
                    .then())
        .then();
  }

  /** The latest promoted model; empty until training announced one. */
  public Mono<ServedModel> served() {
    return db.sql("SELECT * FROM first_session_models ORDER BY promoted_at DESC LIMIT 1")
        .map(FirstSessionStore::model)
        .one();
  }

  /**
   * Stores assessments; a session already assessed keeps its first assessment (one made without a
   * model is replaced by the first made with one). Returns the sessions written with a reminder: a
   * reminder is sent for those only, so a booking delivered again never reminds twice.
   */
  public Flux<String> assessed(Collection<FirstSessionRisk> risks) {
    if (risks.isEmpty()) {
      return Flux.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FirstSessionRisk r : risks) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("session_id", r.sessionId());
      row.put("tutor_id", r.tutorId());
      row.put("student_id", r.studentId());
      row.put("scheduled_start", r.scheduledStart().toString());
      row.put("subject", r.subject());
      row.put("booked_at", r.bookedAt().toString());
      row.put("student_age", r.studentAge());
      row.put("probability", r.probability());
      row.put("model_id", r.modelId());
      row.put("factors", r.factors());
      row.put("reminded", r.reminded());
      row.put("assessed_at", r.assessedAt().toString());
      rows.add(row);
    }
    return db.sql(
            "INSERT INTO first_session_risks AS f (session_id, tutor_id, student_id,"
                + " scheduled_start, subject, booked_at, student_age, probability, model_id,"
                + " factors, reminded, assessed_at) SELECT r.session_id, r.tutor_id,"
                + " r.student_id, r.scheduled_start, r.subject, r.booked_at, r.student_age,"
                + " r.probability, r.model_id, ARRAY(SELECT jsonb_array_elements_text(r.factors)),"
                + " r.reminded, r.assessed_at FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS"
                + " r(session_id varchar, tutor_id varchar, student_id varchar, scheduled_start"
                + " timestamptz, subject varchar, booked_at timestamptz, student_age int,"
                + " probability double precision, model_id varchar, factors jsonb, reminded"
                + " boolean, assessed_at timestamptz) ON CONFLICT (session_id) DO UPDATE SET"
                + " probability = EXCLUDED.probability, model_id = EXCLUDED.model_id, factors ="
                + " EXCLUDED.factors, reminded = EXCLUDED.reminded, assessed_at ="
                + " EXCLUDED.assessed_at WHERE f.probability IS NULL"
                + " AND EXCLUDED.probability IS NOT NULL RETURNING session_id, reminded")
        .bind("rows", JSON.writeValueAsString(rows))
        .map(
            r ->
                Boolean.TRUE.equals(r.get("reminded", Boolean.class)) ? r.get(0, String.class) : "")
        .all()
        .filter(id -> !id.isEmpty());
  }

  /** First sessions still ahead that were booked before any model was served. */
  public Flux<FirstSessionRisk> unassessedAhead(Instant now) {
    return db.sql(
            "SELECT * FROM first_session_risks WHERE probability IS NULL"
                + " AND scheduled_start > :now ORDER BY scheduled_start")
        .bind("now", now)
        .map(FirstSessionStore::risk)
        .all();
  }

  /** First sessions scheduled from {@code from} on, the riskiest first (unassessed ones last). */
  public Flux<FirstSessionRisk> scheduledFrom(Instant from, int limit) {
    return db.sql(
            "SELECT * FROM first_session_risks WHERE scheduled_start >= :now"
                + " ORDER BY probability DESC NULLS LAST, scheduled_start LIMIT :limit")
        .bind("now", from)
        .bind("limit", limit)
        .map(FirstSessionStore::risk)
        .all();
  }

  /** A tutor's assessed first sessions, the latest scheduled first. */
  public Flux<FirstSessionRisk> ofTutor(String tutorId, int limit) {
    return db.sql(
            "SELECT * FROM first_session_risks WHERE tutor_id = :tutor"
                + " ORDER BY scheduled_start DESC LIMIT :limit")
        .bind("tutor", tutorId)
        .bind("limit", limit)
        .map(FirstSessionStore::risk)
        .all();
  }

  private static ServedModel model(Readable r) {
    @SuppressWarnings("unchecked")
    Map<String, Double> metrics = JSON.readValue(r.get("metrics", String.class), Map.class);
    return new ServedModel(
        r.get("model_id", String.class),
        r.get("version", String.class),
        JSON.readValue(r.get("model", String.class), LogisticModel.class),
        metrics,
        r.get("promoted_at", Instant.class));
  }

  private static FirstSessionRisk risk(Readable r) {
    String[] factors = r.get("factors", String[].class);
    return new FirstSessionRisk(
        r.get("session_id", String.class),
        r.get("tutor_id", String.class),
        r.get("student_id", String.class),
        r.get("scheduled_start", Instant.class),
        r.get("subject", String.class),
        r.get("booked_at", Instant.class),
        r.get("student_age", Integer.class),
        r.get("probability", Double.class),
        r.get("model_id", String.class),
        factors == null ? List.of() : List.of(factors),
        Boolean.TRUE.equals(r.get("reminded", Boolean.class)),
        r.get("assessed_at", Instant.class));
  }
}
