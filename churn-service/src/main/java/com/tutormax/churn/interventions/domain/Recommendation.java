package com.tutormax.churn.interventions.domain;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;

/** One intervention the rules chose: why, how urgent, and by when (human tasks only). */
public record Recommendation(
    InterventionType type, RiskLevel level, Priority priority, String reason, Instant dueAt) {

  public boolean automated() {
    return type.automated();
  }
}
