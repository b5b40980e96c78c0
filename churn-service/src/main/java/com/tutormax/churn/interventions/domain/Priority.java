package com.tutormax.churn.interventions.domain;

import com.tutormax.common.domain.RiskLevel;

/** How urgent a recommendation is: the tutor's risk level, in a task queue's words. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  public static Priority of(RiskLevel level) {
    return switch (level) {
      case LOW -> LOW;
      case MEDIUM -> NORMAL;
      case HIGH -> HIGH;
      case CRITICAL -> URGENT;
    };
  }
}
