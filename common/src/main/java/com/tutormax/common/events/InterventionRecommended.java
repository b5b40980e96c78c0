package com.tutormax.common.events;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;

/**
 * The intervention rules chose an action for a tutor (A1–A4 automated, H1–H5 human).
 *
 * <p>Schema v2 adds {@code priority} (LOW, NORMAL, HIGH, URGENT: the tutor's risk level) and {@code
 * dueAt} (a human task's SLA deadline; null for an automated action). A v1 message decodes with
 * both null.
 */
public record InterventionRecommended(
    String recommendationId,
    String tutorId,
    String interventionType,
    boolean automated,
    RiskLevel riskLevel,
    String reason,
    Instant recommendedAt,
    String priority,
    Instant dueAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
