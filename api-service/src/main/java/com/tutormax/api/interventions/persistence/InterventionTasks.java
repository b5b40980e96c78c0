package com.tutormax.api.interventions.persistence;

import com.tutormax.api.interventions.domain.Intervention;
import com.tutormax.api.interventions.domain.InterventionFilter;
import com.tutormax.api.interventions.domain.InterventionOutcome;
import com.tutormax.api.interventions.domain.InterventionStatus;
import com.tutormax.api.records.domain.PageRequest;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The workflow's reads and writes of core.interventions. A change is one UPDATE conditional on the
 * version the caller read: of two concurrent changes the second finds the version moved and changes
 * nothing. Joins the caller's transaction.
 */
@Repository
public class InterventionTasks {

  static final String COLUMNS =
      "intervention_id, tutor_id, intervention_type, automated, risk_level, priority, reason,"
          + " recommended_at, due_at, status, overdue_at, assignee_id, assigned_at, started_at,"
          + " completed_at, outcome, outcome_notes, updated_at, updated_by, version";

  /** Soonest due first (automated actions, with no due time, last), then the most urgent. */
  private static final String QUEUE_ORDER =
      " ORDER BY due_at ASC NULLS LAST, CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1"
          + " WHEN 'NORMAL' THEN 2 WHEN 'LOW' THEN 3 ELSE 4 END, recommended_at, intervention_id";

  private final DatabaseClient db;

  public InterventionTasks(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Intervention> find(String id) {
    return db.sql("SELECT " + COLUMNS + " FROM interventions WHERE intervention_id = :id")
        .bind("id", id)
        .map(InterventionTasks::intervention)
        .one();
  }

  /** One page of the queue, in queue order. */
  public Flux<Intervention> search(InterventionFilter filter, PageRequest page) {
    Where where = where(filter);
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM interventions WHERE "
                    + where.sql
                    + QUEUE_ORDER
                    + " LIMIT :limit OFFSET :offset")
            .bind("limit", page.size())
            .bind("offset", page.offset());
    return where.bind(spec).map(InterventionTasks::intervention).all();
  }

  public Mono<Long> count(InterventionFilter filter) {
    Where where = where(filter);
    return where
        .bind(db.sql("SELECT count(*) AS n FROM interventions WHERE " + where.sql))
        .map(row -> row.get("n", Long.class))
        .one();
  }

  /** A tutor's interventions, newest first (their history on the profile). */
  public Flux<Intervention> ofTutor(String tutorId, PageRequest page) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + " FROM interventions WHERE tutor_id = :tutor"
                + " ORDER BY recommended_at DESC, intervention_id LIMIT :limit OFFSET :offset")
        .bind("tutor", tutorId)
        .bind("limit", page.size())
        .bind("offset", page.offset())
        .map(InterventionTasks::intervention)
        .all();
  }

  public Mono<Long> countOfTutor(String tutorId) {
    return db.sql("SELECT count(*) AS n FROM interventions WHERE tutor_id = :tutor")
        .bind("tutor", tutorId)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  /**
   * Writes the task's new state if its version is still {@code expectedVersion}, bumping it; the
   * changed task, or empty when another change came first.
   */
  public Mono<Intervention> update(Intervention next, int expectedVersion) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "UPDATE interventions SET status = :status, assignee_id = :assignee,"
                    + " assigned_at = :assignedAt, started_at = :startedAt,"
                    + " completed_at = :completedAt, outcome = :outcome, outcome_notes = :notes,"
                    + " updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1,"
                    // A new assignee is told when their task is due soon, even if the last was.
                    + " due_soon_notified_at = CASE WHEN assignee_id IS DISTINCT FROM :assignee"
                    + " THEN NULL ELSE due_soon_notified_at END"
                    + " WHERE intervention_id = :id AND version = :version RETURNING "
                    + COLUMNS)
            .bind("id", next.interventionId())
            .bind("version", expectedVersion)
            .bind("status", next.status().name())
            .bind("updatedAt", next.updatedAt())
            .bind("updatedBy", next.updatedBy());
    spec = nullable(spec, "assignee", next.assigneeId(), UUID.class);
    spec = nullable(spec, "assignedAt", next.assignedAt(), Instant.class);
    spec = nullable(spec, "startedAt", next.startedAt(), Instant.class);
    spec = nullable(spec, "completedAt", next.completedAt(), Instant.class);
    spec =
        nullable(
            spec, "outcome", next.outcome() == null ? null : next.outcome().name(), String.class);
    spec = nullable(spec, "notes", next.outcomeNotes(), String.class);
    return spec.map(InterventionTasks::intervention).one();
  }

  private static <T> DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  /** A filter's WHERE clause and its parameters. */
  private record Where(String sql, Map<String, Object> parameters) {
    DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
      for (Map.Entry<String, Object> p : parameters.entrySet()) {
        spec = spec.bind(p.getKey(), p.getValue());
      }
      return spec;
    }
  }

  private static Where where(InterventionFilter f) {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    clauses.add("true");
    if (f.status() != null) {
      clauses.add("status = :status");
      parameters.put("status", f.status().name());
    }
    if (f.type() != null) {
      clauses.add("split_part(intervention_type, '_', 1) = :type");
      parameters.put("type", f.type());
    }
    if (f.unassigned()) {
      clauses.add("assignee_id IS NULL");
    } else if (f.assignee() != null) {
      clauses.add("assignee_id = :assignee");
      parameters.put("assignee", f.assignee());
    }
    if (f.tutorId() != null) {
      clauses.add("tutor_id = :tutor");
      parameters.put("tutor", f.tutorId());
    }
    if (f.risk() != null) {
      clauses.add("risk_level = :risk");
      parameters.put("risk", f.risk().name());
    }
    if (f.overdue() != null) {
      String overdue =
          "(status IN " + InterventionStatus.ACTIVE_SQL + " AND COALESCE(due_at < :now, false))";
      clauses.add(f.overdue() ? overdue : "NOT " + overdue);
      parameters.put("now", f.now());
    }
    return new Where(String.join(" AND ", clauses), parameters);
  }

  static Intervention intervention(Readable row) {
    String outcome = row.get("outcome", String.class);
    Integer version = row.get("version", Integer.class);
    return new Intervention(
        row.get("intervention_id", String.class),
        row.get("tutor_id", String.class),
        row.get("intervention_type", String.class),
        Boolean.TRUE.equals(row.get("automated", Boolean.class)),
        row.get("risk_level", String.class),
        row.get("priority", String.class),
        row.get("reason", String.class),
        row.get("recommended_at", Instant.class),
        row.get("due_at", Instant.class),
        InterventionStatus.valueOf(row.get("status", String.class)),
        row.get("overdue_at", Instant.class),
        row.get("assignee_id", UUID.class),
        row.get("assigned_at", Instant.class),
        row.get("started_at", Instant.class),
        row.get("completed_at", Instant.class),
        outcome == null ? null : InterventionOutcome.valueOf(outcome),
        row.get("outcome_notes", String.class),
        row.get("updated_at", Instant.class),
        row.get("updated_by", String.class),
        version == null ? 0 : version);
  }
}
