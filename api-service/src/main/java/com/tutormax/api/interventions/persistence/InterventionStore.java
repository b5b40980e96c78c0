package com.tutormax.api.interventions.persistence;

import com.tutormax.api.interventions.domain.InterventionStatus;
import com.tutormax.api.interventions.domain.SlaTask;
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

  public static final String OPEN = InterventionStatus.OPEN.name();
  public static final String AUTOMATED = InterventionStatus.AUTOMATED.name();
  public static final String OVERDUE = InterventionStatus.OVERDUE.name();

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
   * Marks every human task still being worked and due before {@code now} overdue, once, in one
   * statement: an unassigned OPEN task becomes OVERDUE, an assigned or in-progress one keeps its
   * status and gets the mark ({@code overdue_at}); each mark bumps the version and is written to
   * the task's history. Emits the tasks it marked.
   */
  public Flux<SlaTask> markOverdue(Instant now, String actor) {
    return db.sql(
            "WITH marked AS (UPDATE interventions SET status = CASE WHEN status = '"
                + OPEN
                + "' THEN '"
                + OVERDUE
                + "' ELSE status END, overdue_at = :now, updated_at = :now, updated_by = :actor,"
                + " version = version + 1"
                + " WHERE status IN ('OPEN', 'ASSIGNED', 'IN_PROGRESS') AND NOT automated"
                + " AND overdue_at IS NULL AND due_at < :now RETURNING "
                + SLA_COLUMNS
                + "), history AS (INSERT INTO intervention_history (intervention_id, at, actor,"
                + " action, from_status, to_status, assignee_id) SELECT intervention_id, :now,"
                + " :actor, 'OVERDUE', CASE WHEN status = 'OVERDUE' THEN 'OPEN' ELSE status END,"
                + " status, assignee_id FROM marked) SELECT * FROM marked")
        .bind("now", now)
        .bind("actor", actor)
        .map(InterventionStore::slaTask)
        .all();
  }

  /**
   * Notes, once per assignment, every assigned or in-progress task not yet overdue whose due time
   * is within {@code within} of {@code now} or which has used {@code fraction} of its SLA; emits
   * them (their assignee is to be told).
   */
  public Flux<SlaTask> markDueSoon(Instant now, java.time.Duration within, double fraction) {
    return db.sql(
            "UPDATE interventions SET due_soon_notified_at = :now"
                + " WHERE status IN ('ASSIGNED', 'IN_PROGRESS') AND assignee_id IS NOT NULL"
                + " AND NOT automated AND due_soon_notified_at IS NULL AND overdue_at IS NULL"
                + " AND due_at >= :now AND (due_at <= :soon OR :now >= recommended_at"
                + " + (due_at - recommended_at) * CAST(:fraction AS double precision))"
                + " RETURNING "
                + SLA_COLUMNS)
        .bind("now", now)
        .bind("soon", now.plus(within))
        .bind("fraction", fraction)
        .map(InterventionStore::slaTask)
        .all();
  }

  private static final String SLA_COLUMNS =
      "intervention_id, tutor_id, intervention_type, priority, reason, recommended_at, due_at,"
          + " status, assignee_id";

  private static SlaTask slaTask(io.r2dbc.spi.Readable row) {
    return new SlaTask(
        row.get("intervention_id", String.class),
        row.get("tutor_id", String.class),
        row.get("intervention_type", String.class),
        row.get("priority", String.class),
        row.get("reason", String.class),
        row.get("recommended_at", Instant.class),
        row.get("due_at", Instant.class),
        InterventionStatus.valueOf(row.get("status", String.class)),
        row.get("assignee_id", java.util.UUID.class));
  }
}
