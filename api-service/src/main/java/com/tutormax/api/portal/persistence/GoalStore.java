package com.tutormax.api.portal.persistence;

import com.tutormax.api.portal.domain.Goal;
import com.tutormax.api.portal.domain.GoalMetric;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.tutor_goals: a tutor's personal goals. */
@Repository
public class GoalStore {

  private final DatabaseClient db;

  public GoalStore(DatabaseClient db) {
    this.db = db;
  }

  /** The tutor's goals, those ending latest first. */
  public Mono<List<Goal>> ofTutor(String tutorId) {
    return db.sql(
            "SELECT * FROM tutor_goals WHERE tutor_id = :id"
                + " ORDER BY ends_on DESC, created_at DESC, goal_id")
        .bind("id", tutorId)
        .map(GoalStore::goal)
        .all()
        .collectList();
  }

  /**
   * Holds the tutor's goal lock until the transaction ends, so two requests at once count and add
   * one after the other (each statement after it sees what the other committed).
   */
  public Mono<Void> lockTutor(String tutorId) {
    return db.sql("SELECT pg_advisory_xact_lock(hashtext('tutor_goals:' || :tutor))")
        .bind("tutor", tutorId)
        .then();
  }

  /**
   * Stores the goal unless the tutor already has {@code maxOpen} goals that have not ended by
   * {@code today}; true if stored. Run it after {@link #lockTutor} in the same transaction.
   */
  public Mono<Boolean> addIfRoom(Goal goal, LocalDate today, int maxOpen) {
    return db.sql(
            "INSERT INTO tutor_goals (goal_id, tutor_id, metric, target, starts_on, ends_on,"
                + " created_at) SELECT :goal, :tutor, :metric, :target, :starts, :ends, :created"
                + " WHERE (SELECT count(*) FROM tutor_goals WHERE tutor_id = :tutor"
                + " AND ends_on >= :today) < :max")
        .bind("goal", goal.goalId())
        .bind("tutor", goal.tutorId())
        .bind("metric", goal.metric().name())
        .bind("target", goal.target())
        .bind("starts", goal.startsOn())
        .bind("ends", goal.endsOn())
        .bind("created", goal.createdAt())
        .bind("today", today)
        .bind("max", maxOpen)
        .fetch()
        .rowsUpdated()
        .map(n -> n == 1);
  }

  /** Deletes the tutor's goal; false if they have no such goal. */
  public Mono<Boolean> delete(String tutorId, UUID goalId) {
    return db.sql("DELETE FROM tutor_goals WHERE tutor_id = :tutor AND goal_id = :goal")
        .bind("tutor", tutorId)
        .bind("goal", goalId)
        .fetch()
        .rowsUpdated()
        .map(n -> n == 1);
  }

  private static Goal goal(Readable row) {
    return new Goal(
        row.get("goal_id", UUID.class),
        row.get("tutor_id", String.class),
        GoalMetric.valueOf(row.get("metric", String.class)),
        row.get("target", Double.class),
        row.get("starts_on", LocalDate.class),
        row.get("ends_on", LocalDate.class),
        row.get("created_at", Instant.class));
  }
}
