package com.tutormax.api.interventions.persistence;

import com.tutormax.api.interventions.domain.HistoryEntry;
import com.tutormax.api.interventions.domain.InterventionOutcome;
import com.tutormax.api.interventions.domain.InterventionStatus;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** core.intervention_history: a task's timeline, one row per change, written with the change. */
@Repository
public class InterventionHistory {

  private final DatabaseClient db;

  public InterventionHistory(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> append(String interventionId, HistoryEntry e) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO intervention_history (intervention_id, at, actor, actor_id, action,"
                    + " from_status, to_status, assignee_id, outcome, note) VALUES (:id, :at,"
                    + " :actor, :actorId, :action, :from, :to, :assignee, :outcome, :note)")
            .bind("id", interventionId)
            .bind("at", e.at())
            .bind("actor", e.actor())
            .bind("action", e.action())
            .bind("to", e.toStatus().name());
    spec = nullable(spec, "actorId", e.actorId(), UUID.class);
    spec =
        nullable(spec, "from", e.fromStatus() == null ? null : e.fromStatus().name(), String.class);
    spec = nullable(spec, "assignee", e.assigneeId(), UUID.class);
    spec = nullable(spec, "outcome", e.outcome() == null ? null : e.outcome().name(), String.class);
    spec = nullable(spec, "note", e.note(), String.class);
    return spec.then();
  }

  /** The task's changes, oldest first. */
  public Flux<HistoryEntry> of(String interventionId) {
    return db.sql(
            "SELECT at, actor, actor_id, action, from_status, to_status, assignee_id, outcome,"
                + " note FROM intervention_history WHERE intervention_id = :id ORDER BY id")
        .bind("id", interventionId)
        .map(InterventionHistory::entry)
        .all();
  }

  private static <T> DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static HistoryEntry entry(Readable row) {
    String from = row.get("from_status", String.class);
    String outcome = row.get("outcome", String.class);
    return new HistoryEntry(
        row.get("at", Instant.class),
        row.get("actor", String.class),
        row.get("actor_id", UUID.class),
        row.get("action", String.class),
        from == null ? null : InterventionStatus.valueOf(from),
        InterventionStatus.valueOf(row.get("to_status", String.class)),
        row.get("assignee_id", UUID.class),
        outcome == null ? null : InterventionOutcome.valueOf(outcome),
        row.get("note", String.class));
  }
}
