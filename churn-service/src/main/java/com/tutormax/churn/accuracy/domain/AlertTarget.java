package com.tutormax.churn.accuracy.domain;

import com.tutormax.common.domain.RiskLevel;
import java.util.List;

/**
 * The PRD's alert calibration: what an alert at a level (the level or above) aims at. Critical
 * (&gt; 75) 70% precision / 90% recall; high (51–75) 50% / 80%; medium (26–50) 30% / 60%.
 */
public record AlertTarget(RiskLevel level, double precision, double recall) {

  /** The alert levels, lowest first. */
  public static final List<AlertTarget> ALL =
      List.of(
          new AlertTarget(RiskLevel.MEDIUM, 0.30, 0.60),
          new AlertTarget(RiskLevel.HIGH, 0.50, 0.80),
          new AlertTarget(RiskLevel.CRITICAL, 0.70, 0.90));
}
