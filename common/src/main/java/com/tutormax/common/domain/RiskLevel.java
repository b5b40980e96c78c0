package com.tutormax.common.domain;

/** Churn risk bands of the PRD: 0–25 low, 26–50 medium, 51–75 high, 76–100 critical. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The band of a 0–100 score; a fractional score belongs to the band its upper bound opens. */
  public static RiskLevel of(double score) {
    if (Double.isNaN(score) || score < 0 || score > 100) {
      throw new IllegalArgumentException("Churn score must be within 0–100: " + score);
    }
    if (score > 75) {
      return CRITICAL;
    }
    if (score > 50) {
      return HIGH;
    }
    if (score > 25) {
      return MEDIUM;
    }
    return LOW;
  }
}
