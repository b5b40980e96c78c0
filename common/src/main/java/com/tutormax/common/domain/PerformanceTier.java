package com.tutormax.common.domain;

/** The five performance tiers, best first. */
public enum PerformanceTier {
  EXEMPLARY,
  STRONG,
  DEVELOPING,
  NEEDS_ATTENTION,
  AT_RISK
}
