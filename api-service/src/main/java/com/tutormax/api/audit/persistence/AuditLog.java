package com.tutormax.api.audit.persistence;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditQuery;
import com.tutormax.api.audit.domain.AuditRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Appends audit entries (the table refuses updates). Joins the caller's transaction if any. */
@Repository
public class AuditLog {

  private final DatabaseClient db;

  public AuditLog(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> record(AuditEntry entry) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO audit_log (actor_id, actor, action, target_type, target_id, outcome,"
                    + " ip, user_agent, details) VALUES (:actorId, :actor, :action, :targetType,"
                    + " :targetId, :outcome, :ip, :userAgent, :details)")
            .bind("action", entry.action())
            .bind("outcome", entry.outcome().name());
    spec = bindNullable(spec, "actorId", entry.actorId(), UUID.class);
    spec = bindNullable(spec, "actor", entry.actor(), String.class);
    spec = bindNullable(spec, "targetType", entry.targetType(), String.class);
    spec = bindNullable(spec, "targetId", entry.targetId(), String.class);
    spec = bindNullable(spec, "ip", entry.ip(), String.class);
    spec = bindNullable(spec, "userAgent", truncate(entry.userAgent(), 300), String.class);
    spec = bindNullable(spec, "details", entry.details(), String.class);
    return spec.then();
  }

  /** Entries matching the query, newest first. */
  public Flux<AuditRecord> search(AuditQuery query) {
    List<String> where = new ArrayList<>();
    where.add("true");
    if (query.actor() != null) {
      where.add("lower(actor) = lower(:actor)");
    }
    if (query.action() != null) {
      where.add("action = :action");
    }
    if (query.outcome() != null) {
      where.add("outcome = :outcome");
    }
    if (query.targetType() != null) {
      where.add("target_type = :targetType");
    }
    if (query.targetId() != null) {
      where.add("target_id = :targetId");
    }
    if (query.from() != null) {
      where.add("at >= :from");
    }
    if (query.to() != null) {
      where.add("at < :to");
    }
    if (query.beforeId() != null) {
      where.add("id < :beforeId");
    }
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
            "SELECT id, at, actor_id, actor, action, target_type, target_id, outcome, ip,"
                + " user_agent, details FROM audit_log WHERE "
                + String.join(" AND ", where)
                + " ORDER BY id DESC LIMIT :limit");
    spec = spec.bind("limit", query.limit());
    if (query.actor() != null) {
      spec = spec.bind("actor", query.actor());
    }
    if (query.action() != null) {
      spec = spec.bind("action", query.action());
    }
    if (query.outcome() != null) {
      spec = spec.bind("outcome", query.outcome());
    }
    if (query.targetType() != null) {
      spec = spec.bind("targetType", query.targetType());
    }
    if (query.targetId() != null) {
      spec = spec.bind("targetId", query.targetId());
    }
    if (query.from() != null) {
      spec = spec.bind("from", query.from());
    }
    if (query.to() != null) {
      spec = spec.bind("to", query.to());
    }
    if (query.beforeId() != null) {
      spec = spec.bind("beforeId", query.beforeId());
    }
    return spec.map(
            row ->
                new AuditRecord(
                    row.get("id", Long.class),
                    row.get("at", OffsetDateTime.class).toInstant(),
                    row.get("actor_id", UUID.class),
                    row.get("actor", String.class),
                    row.get("action", String.class),
                    row.get("target_type", String.class),
                    row.get("target_id", String.class),
                    row.get("outcome", String.class),
                    row.get("ip", String.class),
                    row.get("user_agent", String.class),
                    row.get("details", String.class)))
        .all();
  }

  /** Deletes entries older than {@code cutoff} (the retention period); returns how many. */
  public reactor.core.publisher.Mono<Long> deleteOlderThan(Instant cutoff) {
    return db.sql("DELETE FROM audit_log WHERE at < :cutoff")
        .bind("cutoff", cutoff)
        .fetch()
        .rowsUpdated();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  static <T> DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
