package com.tutormax.evaluation.performance.domain;

/**
 * Adds decimals kept to six places. Floating-point addition depends on its order; summing whole
 * millionths does not, so a day's aggregate is the same whatever order its events arrive in.
 */
final class ExactSum {

  private static final double SCALE = 1_000_000;

  private ExactSum() {}

  static double add(double sum, double value) {
    return (Math.round(sum * SCALE) + Math.round(value * SCALE)) / SCALE;
  }
}
