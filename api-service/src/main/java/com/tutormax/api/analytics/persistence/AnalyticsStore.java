package com.tutormax.api.analytics.persistence;

import com.tutormax.api.analytics.domain.DayRange;
import com.tutormax.api.analytics.domain.InterventionFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The analytics' reads of core.interventions, core.tutors and the performance read model. */
@Repository
public class AnalyticsStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {};
  private static final TypeReference<List<String>> FLAGS = new TypeReference<>() {};

  /** An intervention as exported. */
  public record InterventionExport(
      String interventionId,
      String tutorId,
      String type,
      boolean automated,
      String riskLevel,
      String priority,
      String status,
      Instant recommendedAt,
      Instant dueAt,
      Instant assignedAt,
      Instant startedAt,
      Instant completedAt,
      Instant executedAt,
      String outcome,
      InterventionFacts facts) {}

  /** A tutor's latest performance as exported (performance fields null before an evaluation). */
  public record TutorExport(
      String tutorId,
      String name,
      String status,
      Instant joinedAt,
      String tier,
      String previousTier,
      Double score,
      Instant evaluatedAt,
      Map<String, Double> metrics30d,
      List<String> flags) {}

  private final DatabaseClient db;

  public AnalyticsStore(DatabaseClient db) {
    this.db = db;
  }

  /** Interventions recommended in the range, oldest first. */
  public Flux<InterventionExport> interventions(DayRange range) {
    return db.sql(
            "SELECT intervention_id, tutor_id, intervention_type, automated, risk_level, priority,"
                + " status, recommended_at, due_at, assigned_at, started_at, completed_at,"
                + " executed_at, outcome, CASE WHEN automated THEN executed_at"
                + " ELSE LEAST(assigned_at, started_at, completed_at) END AS first_action_at"
                + " FROM interventions WHERE recommended_at >= :from AND recommended_at < :to"
                + " ORDER BY recommended_at, intervention_id")
        .bind("from", range.startInclusive())
        .bind("to", range.endExclusive())
        .map(
            r -> {
              String id = r.get("intervention_id", String.class);
              String tutor = r.get("tutor_id", String.class);
              String type = r.get("intervention_type", String.class);
              boolean automated = Boolean.TRUE.equals(r.get("automated", Boolean.class));
              String risk = r.get("risk_level", String.class);
              String status = r.get("status", String.class);
              String outcome = r.get("outcome", String.class);
              Instant recommended = r.get("recommended_at", Instant.class);
              return new InterventionExport(
                  id,
                  tutor,
                  type,
                  automated,
                  risk,
                  r.get("priority", String.class),
                  status,
                  recommended,
                  r.get("due_at", Instant.class),
                  r.get("assigned_at", Instant.class),
                  r.get("started_at", Instant.class),
                  r.get("completed_at", Instant.class),
                  r.get("executed_at", Instant.class),
                  outcome,
                  new InterventionFacts(
                      id,
                      tutor,
                      type,
                      automated,
                      risk,
                      status,
                      outcome,
                      recommended,
                      r.get("first_action_at", Instant.class)));
            })
        .all();
  }

  /** Every tutor with their latest evaluation, by tutor id. */
  public Mono<List<TutorExport>> tutors() {
    return db.sql(
            "SELECT t.tutor_id, t.name, t.status, t.joined_at, p.tier, p.previous_tier, p.score,"
                + " p.as_of, (p.metrics_by_window -> '30d')::text AS m30, p.flags::text AS flags"
                + " FROM tutors t LEFT JOIN tutor_performance p ON p.tutor_id = t.tutor_id"
                + " ORDER BY t.tutor_id")
        .map(
            r -> {
              String m30 = r.get("m30", String.class);
              String flags = r.get("flags", String.class);
              return new TutorExport(
                  r.get("tutor_id", String.class),
                  r.get("name", String.class),
                  r.get("status", String.class),
                  r.get("joined_at", Instant.class),
                  r.get("tier", String.class),
                  r.get("previous_tier", String.class),
                  r.get("score", Double.class),
                  r.get("as_of", Instant.class),
                  m30 == null ? Map.of() : JSON.readValue(m30, METRICS),
                  flags == null ? List.of() : JSON.readValue(flags, FLAGS));
            })
        .all()
        .collectList();
  }
}
