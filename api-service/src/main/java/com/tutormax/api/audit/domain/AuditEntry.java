package com.tutormax.api.audit.domain;

import java.util.UUID;

/** One audited act: who (actor), what (action on a target), outcome, and from where. */
public record AuditEntry(
    UUID actorId,
    String actor,
    String action,
    String targetType,
    String targetId,
    Outcome outcome,
    String ip,
    String userAgent,
    String details) {

  /** Whether the act went through. */
  public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED
  }
}
