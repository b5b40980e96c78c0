package com.tutormax.churn.interventions.persistence;

import com.tutormax.churn.interventions.domain.InterventionLog;
import com.tutormax.churn.interventions.domain.InterventionType;
import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.common.events.InterventionUpdated;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * churn.intervention_log (per tutor and type: last recommended, human task open) and
 * churn.recommendations (every recommendation made).
 */
@Repository
public class InterventionStore {

  /** Statuses of an InterventionUpdated that end a task (it no longer blocks a new one). */
  public static final Set<String> CLOSING_STATUSES =
      Set.of("COMPLETED", "DECLINED", "CANCELLED", "CLOSED", "RESOLVED", "EXPIRED");

  /** A stored recommendation. */
  public record Stored(
      UUID recommendationId,
      String tutorId,
      String interventionType,
      boolean automated,
      String riskLevel,
      String priority,
      String reason,
      Instant dueAt,
      Instant recommendedAt) {}

  private final DatabaseClient db;

  public InterventionStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<InterventionLog> log(String tutorId) {
    return db.sql(
            "SELECT intervention_type, last_recommended_at, open FROM intervention_log"
                + " WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(
            r ->
                new Object[] {
                  InterventionType.valueOf(r.get("intervention_type", String.class)),
                  r.get("last_recommended_at", Instant.class),
                  r.get("open", Boolean.class)
                })
        .all()
        .collectList()
        .map(
            rows -> {
              Map<InterventionType, Instant> last = new EnumMap<>(InterventionType.class);
              Set<InterventionType> open = EnumSet.noneOf(InterventionType.class);
              for (Object[] row : rows) {
                last.put((InterventionType) row[0], (Instant) row[1]);
                if (Boolean.TRUE.equals(row[2])) {
                  open.add((InterventionType) row[0]);
                }
              }
              return new InterventionLog(last, open);
            });
  }

  /**
   * Tutors not detected as churned whose reschedule pattern may be running: their current
   * prediction carries the pattern flag {@code flag}, or they got an A4 alert since {@code a4Since}
   * (an episode whose latest day is not scored yet may still be going); in tutor id order.
   */
  public Flux<String> reschedulePatternTutors(String flag, Instant a4Since) {
    return db.sql(
            "SELECT t.tutor_id FROM tutors t WHERE t.churned_at IS NULL AND ("
                + " EXISTS (SELECT 1 FROM current_predictions c WHERE c.tutor_id = t.tutor_id"
                + " AND CAST(c.payload AS jsonb) -> 'flags' @> jsonb_build_array(CAST(:flag AS text)))"
                + " OR EXISTS (SELECT 1 FROM intervention_log l WHERE l.tutor_id = t.tutor_id"
                + " AND l.intervention_type = :a4 AND l.last_recommended_at >= :since))"
                + " ORDER BY t.tutor_id")
        .bind("flag", flag)
        .bind("a4", InterventionType.A4_RESCHEDULE_ALERT.name())
        .bind("since", a4Since)
        .map(r -> r.get("tutor_id", String.class))
        .all();
  }

  /** Records a recommendation made at {@code at} (a human one opens a task). */
  public Mono<Void> record(String tutorId, UUID id, Recommendation r, Instant at) {
    Mono<Void> log =
        db.sql(
                "INSERT INTO intervention_log (tutor_id, intervention_type, last_recommended_at,"
                    + " open) VALUES (:tutor, :type, :at, :open) ON CONFLICT (tutor_id,"
                    + " intervention_type) DO UPDATE SET last_recommended_at = EXCLUDED"
                    + ".last_recommended_at, open = EXCLUDED.open")
            .bind("tutor", tutorId)
            .bind("type", r.type().name())
            .bind("at", at)
            .bind("open", !r.automated())
            .then();
    Mono<Void> row =
        db.sql(
                "INSERT INTO recommendations (recommendation_id, tutor_id, intervention_type,"
                    + " automated, risk_level, priority, reason, due_at, recommended_at) VALUES"
                    + " (:id, :tutor, :type, :automated, :level, :priority, :reason, :due, :at)")
            .bind("id", id)
            .bind("tutor", tutorId)
            .bind("type", r.type().name())
            .bind("automated", r.automated())
            .bind("level", r.level().name())
            .bind("priority", r.priority().name())
            .bind("reason", r.reason())
            .bind("due", Parameter.fromOrEmpty(r.dueAt(), Instant.class))
            .bind("at", at)
            .then();
    return log.then(row);
  }

  /** Closes the tasks whose update ended them (so a new one of the type may be recommended). */
  public Mono<Void> updated(Collection<InterventionUpdated> updates) {
    return Flux.fromIterable(updates)
        .filter(u -> u.outcome() != null || CLOSING_STATUSES.contains(u.status()))
        .concatMap(
            u ->
                db.sql(
                        "UPDATE intervention_log SET open = false WHERE tutor_id = :tutor"
                            + " AND intervention_type = :type")
                    .bind("tutor", u.tutorId())
                    .bind("type", u.interventionType())
                    .then())
        .then();
  }

  /** A tutor's recommendations, newest first. */
  public Flux<Stored> recommendations(String tutorId, int limit) {
    return db.sql(
            "SELECT * FROM recommendations WHERE tutor_id = :id"
                + " ORDER BY recommended_at DESC, intervention_type LIMIT :limit")
        .bind("id", tutorId)
        .bind("limit", limit)
        .map(
            r ->
                new Stored(
                    r.get("recommendation_id", UUID.class),
                    r.get("tutor_id", String.class),
                    r.get("intervention_type", String.class),
                    Boolean.TRUE.equals(r.get("automated", Boolean.class)),
                    r.get("risk_level", String.class),
                    r.get("priority", String.class),
                    r.get("reason", String.class),
                    r.get("due_at", Instant.class),
                    r.get("recommended_at", Instant.class)))
        .all();
  }
}
