package com.tutormax.generation.simulation.domain;

/** How a tutor leaves, as the PRD defines churn. */
public enum ChurnReason {
  /** Voluntary resignation. */
  RESIGNATION,
  /** No sessions for more than 14 consecutive days. */
  INACTIVITY,
  /** Below 50% of the baseline weekly sessions for 3+ weeks. */
  LOW_VOLUME
}
