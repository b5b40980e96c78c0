package com.tutormax.generation.simulation.domain;

/**
 * The five behavioural archetypes of the PRD with their roster shares and how they behave. NEW is a
 * tenure label: a new tutor also has one of the other four as the behaviour it settles into.
 */
public enum Archetype {
  HIGH_PERFORMER(0.30, 4.55, 0.86, 0.7, 0.8, 0.30),
  AT_RISK(0.20, 3.85, 0.70, 1.8, 1.5, 1.75),
  NEW(0.25, 4.05, 0.78, 1.0, 1.1, 1.45),
  STEADY(0.20, 4.20, 0.78, 1.0, 1.0, 0.55),
  CHURNER(0.05, 3.65, 0.66, 2.2, 1.8, 0.0);

  private final double share;
  private final double ratingMean;
  private final double engagementBase;
  private final double rescheduleFactor;
  private final double unreliabilityFactor;
  private final double churnHazardFactor;

  Archetype(
      double share,
      double ratingMean,
      double engagementBase,
      double rescheduleFactor,
      double unreliabilityFactor,
      double churnHazardFactor) {
    this.share = share;
    this.ratingMean = ratingMean;
    this.engagementBase = engagementBase;
    this.rescheduleFactor = rescheduleFactor;
    this.unreliabilityFactor = unreliabilityFactor;
    this.churnHazardFactor = churnHazardFactor;
  }

  /** Share of the initial roster (PRD: 30/20/25/20/5%). */
  public double share() {
    return share;
  }

  /** Mean of the latent session rating (1–5 scale) before tenure, decline and incidents. */
  double ratingMean() {
    return ratingMean;
  }

  /** Typical session engagement (0–1) of a healthy tutor of this kind. */
  double engagementBase() {
    return engagementBase;
  }

  /** Multiplies the subject family's reschedule probability. */
  double rescheduleFactor() {
    return rescheduleFactor;
  }

  /** Multiplies no-show and late-start probabilities. */
  double unreliabilityFactor() {
    return unreliabilityFactor;
  }

  /** Multiplies the subject family's monthly churn hazard; churners churn within 90 days. */
  double churnHazardFactor() {
    return churnHazardFactor;
  }
}
