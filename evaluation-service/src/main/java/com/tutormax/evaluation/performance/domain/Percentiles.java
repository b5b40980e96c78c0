package com.tutormax.evaluation.performance.domain;

import java.util.List;

/**
 * The one percentile method of evaluation: nearest rank. The p-th percentile of n sorted values is
 * the value at rank ceil(p/100 × n) (1-based), so it is always an observed value: the p95 of 5
 * response times is the largest, of 20 it is the 19th.
 */
public final class Percentiles {

  private Percentiles() {}

  /**
   * @param sortedAscending at least one value, smallest first
   * @param percentile in (0, 100]
   */
  public static double nearestRank(List<Double> sortedAscending, double percentile) {
    if (sortedAscending.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    if (!(percentile > 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]");
    }
    // Multiply before dividing: 95 × 20 / 100 is exactly 19, 0.95 × 20 is not.
    int rank = (int) Math.ceil(percentile * sortedAscending.size() / 100.0);
    return sortedAscending.get(Math.max(1, rank) - 1);
  }
}
