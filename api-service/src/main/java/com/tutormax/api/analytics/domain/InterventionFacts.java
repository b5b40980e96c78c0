package com.tutormax.api.analytics.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What effectiveness is measured from, for one intervention: its type and risk level, whether it
 * was automated, its status and outcome, and when it was recommended and first acted on (an
 * automated one executed; a human task assigned, started or completed, whichever came first).
 */
public record InterventionFacts(
    String interventionId,
    String tutorId,
    String type,
    boolean automated,
    String riskLevel,
    String status,
    String outcome,
    Instant recommendedAt,
    Instant firstActionAt) {

  /** Hours from the recommendation to the first action; null if nothing was done yet. */
  public Double hoursToAction() {
    if (firstActionAt == null) {
      return null;
    }
    return Math.max(0, Duration.between(recommendedAt, firstActionAt).toSeconds() / 3600.0);
  }
}
