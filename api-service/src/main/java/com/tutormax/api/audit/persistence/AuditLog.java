package com.tutormax.api.audit.persistence;

import com.tutormax.api.audit.domain.AuditEntry;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
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

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  static <T> DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
