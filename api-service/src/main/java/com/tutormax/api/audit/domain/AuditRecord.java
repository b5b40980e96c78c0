package com.tutormax.api.audit.domain;

import com.tutormax.common.web.CsvCells;
import java.time.Instant;
import java.util.UUID;

/** A stored audit entry. */
public record AuditRecord(
    long id,
    Instant at,
    UUID actorId,
    String actor,
    String action,
    String targetType,
    String targetId,
    String outcome,
    String ip,
    String userAgent,
    String details) {

  static final String CSV_HEADER =
      "id,at,actor_id,actor,action,target_type,target_id,outcome,ip,user_agent,details";

  public static String csvHeader() {
    return CSV_HEADER;
  }

  /**
   * One CSV line (RFC 4180 quoting); cells that a spreadsheet would run as formulas are defused.
   */
  public String csvLine() {
    return CsvCells.line(
        id, at, actorId, actor, action, targetType, targetId, outcome, ip, userAgent, details);
  }
}
