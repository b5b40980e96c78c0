package com.tutormax.common.events;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;

/** The intervention rules chose an action for a tutor (A1–A4 automated, H1–H5 human). */
public record InterventionRecommended(
    String recommendationId,
    String tutorId,
    String interventionType,
    boolean automated,
    RiskLevel riskLevel,
    String reason,
    Instant recommendedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
