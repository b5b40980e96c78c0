package com.tutormax.training.evaluation.domain;

import com.tutormax.common.models.Calibration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic calibration: the non-decreasing function of the raw probability that best fits the
 * outcomes in least squares, found by pool-adjacent-violators. Unlike Platt scaling it assumes no
 * shape beyond monotonicity, so it fixes any distortion but needs more validation rows.
 */
public final class IsotonicRegression {

  private IsotonicRegression() {}

  /**
   * The fitted step points: {@code thresholds} are the distinct raw probabilities in increasing
   * order and {@code values} the fitted, non-decreasing calibrated probability at each. {@link
   * Calibration#isotonic} interpolates linearly between them and clamps outside, as churn-service
   * serves it.
   */
  public record Fit(List<Double> thresholds, List<Double> values) {

    public Fit {
      thresholds = List.copyOf(thresholds);
      values = List.copyOf(values);
    }

    public Calibration toCalibration() {
      return Calibration.isotonic(thresholds, values);
    }
  }

  /** Fits outcomes (1 or 0) on raw probabilities; needs at least one row. */
  public static Fit fit(double[] probabilities, boolean[] labels) {
    Inputs.nonEmpty(probabilities, labels);
    Inputs.probabilities(probabilities);
    Integer[] order = new Integer[probabilities.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));

    // One point per distinct x, weighted by its rows: tied x must get one fitted value.
    List<Double> xs = new ArrayList<>();
    List<Double> sums = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (int i : order) {
      double x = probabilities[i];
      double y = labels[i] ? 1 : 0;
      int last = xs.size() - 1;
      if (last >= 0 && xs.get(last) == x) {
        sums.set(last, sums.get(last) + y);
        weights.set(last, weights.get(last) + 1);
      } else {
        xs.add(x);
        sums.add(y);
        weights.add(1);
      }
    }

    // Blocks of pooled points as a stack: each new point merges backwards while it would break
    // monotonicity, so every violation is resolved as soon as it appears.
    int m = xs.size();
    double[] blockSum = new double[m];
    int[] blockWeight = new int[m];
    int[] blockEnd = new int[m]; // index of the last point in each block
    int blocks = 0;
    for (int j = 0; j < m; j++) {
      blockSum[blocks] = sums.get(j);
      blockWeight[blocks] = weights.get(j);
      blockEnd[blocks] = j;
      blocks++;
      while (blocks > 1
          && blockSum[blocks - 2] / blockWeight[blocks - 2]
              > blockSum[blocks - 1] / blockWeight[blocks - 1]) {
        blockSum[blocks - 2] += blockSum[blocks - 1];
        blockWeight[blocks - 2] += blockWeight[blocks - 1];
        blockEnd[blocks - 2] = blockEnd[blocks - 1];
        blocks--;
      }
    }

    List<Double> values = new ArrayList<>(m);
    int point = 0;
    for (int k = 0; k < blocks; k++) {
      double mean = blockSum[k] / blockWeight[k];
      for (; point <= blockEnd[k]; point++) {
        values.add(mean);
      }
    }
    return new Fit(xs, values);
  }
}
