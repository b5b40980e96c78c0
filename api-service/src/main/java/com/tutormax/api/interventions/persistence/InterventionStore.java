package com.tutormax.api.interventions.persistence;

import com.tutormax.api.interventions.domain.OverdueTask;
import com.tutormax.api.records.persistence.RecordTable;
import com.tutormax.api.records.persistence.UnnestInsert;
import com.tutormax.common.events.InterventionRecommended;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * core.interventions (changeset core/009), fed by churn-service's InterventionRecommended: one row
 * per recommendation id (a redelivered event is a duplicate). Joins the caller's transaction.
 */
@Repository
public class InterventionStore implements RecordTable<InterventionRecommended> {

  public static final String OPEN = "OPEN";
  public static final String AUTOMATED = "AUTOMATED";
  public static final String OVERDUE = "OVERDUE";

  private static final UnnestInsert<InterventionRecommended> INSERT =
      UnnestInsert.<InterventionRecommended>into("interventions", "intervention_id")
          .text("intervention_id", InterventionRecommended::recommendationId)
          .text("tutor_id", InterventionRecommended::tutorId)
          .text("intervention_type", InterventionRecommended::interventionType)
          .bool("automated", InterventionRecommended::automated)
          .text("risk_level", r -> r.riskLevel() == null ? null : r.riskLevel().name())
          .text("priority", InterventionRecommended::priority)
          .text("reason", InterventionRecommended::reason)
          .timestamp("recommended_at", InterventionRecommended::recommendedAt)
          .timestamp("due_at", InterventionRecommended::dueAt)
          .text("status", r -> r.automated() ? AUTOMATED : OPEN);

  private final DatabaseClient db;

  public InterventionStore(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Class<InterventionRecommended> eventType() {
    return InterventionRecommended.class;
  }

  @Override
  public String naturalKey(InterventionRecommended event) {
    return event.recommendationId();
  }

  @Override
  public Mono<Long> insert(List<InterventionRecommended> events) {
    return INSERT.execute(db, events);
  }

  /**
   * Marks every open human task due before {@code now} OVERDUE, in one statement (a task is marked
   * once, however many checks run), and emits the tasks it marked.
   */
  public Flux<OverdueTask> markOverdue(Instant now) {
    return db.sql(
            "UPDATE interventions SET status = '"
                + OVERDUE
                + "', overdue_at = :now WHERE status = '"
                + OPEN
                + "' AND NOT automated AND due_at < :now"
                + " RETURNING intervention_id, tutor_id, intervention_type, priority, reason,"
                + " recommended_at, due_at")
        .bind("now", now)
        .map(
            row ->
                new OverdueTask(
                    row.get("intervention_id", String.class),
                    row.get("tutor_id", String.class),
                    row.get("intervention_type", String.class),
                    row.get("priority", String.class),
                    row.get("reason", String.class),
                    row.get("recommended_at", Instant.class),
                    row.get("due_at", Instant.class)))
        .all();
  }
}
