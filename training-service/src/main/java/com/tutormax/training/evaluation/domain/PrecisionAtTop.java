package com.tutormax.training.evaluation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precision among the highest-scored fraction of rows: of the tutors an outreach team would work
 * through first, how many really churn. This is the metric that matters when capacity, not a
 * threshold, limits how many alerts are acted on.
 */
public final class PrecisionAtTop {

  /** Absorbs floating error in {@code fraction × n} (0.14 × 50 is 7.000000000000001, not 7). */
  private static final double EPSILON = 1e-9;

  private PrecisionAtTop() {}

  /**
   * Precision among the top {@code fraction} of rows by score (0.10 = top 10%). The count is {@code
   * ceil(fraction × n)}, at least 1, so a small set still yields a number. Equal scores keep their
   * input order (a stable sort), which makes the result reproducible.
   */
  public static double of(double[] scores, boolean[] labels, double fraction) {
    Inputs.nonEmpty(scores, labels);
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
    }
    int k = topCount(scores.length, fraction);
    List<Integer> order = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    // List.sort is a stable merge sort: ties stay in input order.
    order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    int hits = 0;
    for (int r = 0; r < k; r++) {
      if (labels[order.get(r)]) {
        hits++;
      }
    }
    return hits / (double) k;
  }

  /** How many rows the top {@code fraction} of {@code n} covers: rounded up, at least 1. */
  static int topCount(int n, double fraction) {
    int k = (int) Math.ceil(fraction * n - EPSILON);
    return Math.max(1, Math.min(n, k));
  }
}
