package com.tutormax.api.audit.domain;

import java.time.Instant;

/**
 * A search of the audit log. Every criterion is optional; results come newest first, at most {@code
 * limit} (1–500) per page, older than {@code beforeId} when paging.
 */
public record AuditQuery(
    String actor,
    String action,
    String outcome,
    String targetType,
    String targetId,
    Instant from,
    Instant to,
    Long beforeId,
    int limit) {

  public static final int MAX_LIMIT = 500;

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
  }
}
