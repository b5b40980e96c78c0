package com.tutormax.training.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration curve (reliability diagram) and expected calibration error: in each band of predicted
 * probability, how often the outcome really happened. A calibrated model's bins lie on the
 * diagonal; the ECE summarizes the gap as one number, weighted by how many rows each bin holds.
 */
public final class Reliability {

  private Reliability() {}

  /**
   * One equal-width bin {@code [lower, upper)} (the last bin also holds 1.0). An empty bin has
   * count 0 and NaN means, so a plot keeps its x-axis and nobody mistakes "no data" for 0.
   */
  public record Bin(
      double lower, double upper, int count, double meanPredicted, double observedRate) {}

  /** {@code nBins} equal-width bins over [0, 1], empty ones included, in increasing order. */
  public static List<Bin> bins(double[] probabilities, boolean[] labels, int nBins) {
    Inputs.sameLength(probabilities, labels);
    Inputs.probabilities(probabilities);
    if (nBins < 1) {
      throw new IllegalArgumentException("need at least one bin: " + nBins);
    }
    int[] counts = new int[nBins];
    double[] predictedSums = new double[nBins];
    int[] positives = new int[nBins];
    for (int i = 0; i < probabilities.length; i++) {
      int b = binOf(probabilities[i], nBins);
      counts[b]++;
      predictedSums[b] += probabilities[i];
      if (labels[i]) {
        positives[b]++;
      }
    }
    List<Bin> bins = new ArrayList<>(nBins);
    for (int b = 0; b < nBins; b++) {
      double lower = b / (double) nBins;
      double upper = (b + 1) / (double) nBins;
      if (counts[b] == 0) {
        bins.add(new Bin(lower, upper, 0, Double.NaN, Double.NaN));
      } else {
        bins.add(
            new Bin(
                lower,
                upper,
                counts[b],
                predictedSums[b] / counts[b],
                positives[b] / (double) counts[b]));
      }
    }
    return bins;
  }

  /** Σ (count / n) · |mean predicted − observed rate| over the non-empty bins; NaN if no rows. */
  public static double expectedCalibrationError(List<Bin> bins) {
    long n = 0;
    for (Bin bin : bins) {
      n += bin.count();
    }
    if (n == 0) {
      return Double.NaN;
    }
    double ece = 0;
    for (Bin bin : bins) {
      if (bin.count() > 0) {
        ece += bin.count() / (double) n * Math.abs(bin.meanPredicted() - bin.observedRate());
      }
    }
    return ece;
  }

  /** The ECE of {@link #bins(double[], boolean[], int)}. */
  public static double expectedCalibrationError(
      double[] probabilities, boolean[] labels, int nBins) {
    return expectedCalibrationError(bins(probabilities, labels, nBins));
  }

  /**
   * The bin holding {@code p}, agreeing exactly with the bounds {@code b / nBins} reported: {@code
   * floor(p × nBins)} alone would put 0.29 in bin 28 of 100, because 0.29 × 100 is 28.999….
   */
  static int binOf(double p, int nBins) {
    int b = (int) Math.floor(p * nBins);
    if (b > 0 && p < b / (double) nBins) {
      b--;
    } else if (b + 1 < nBins && p >= (b + 1) / (double) nBins) {
      b++;
    }
    return Math.min(nBins - 1, Math.max(0, b));
  }
}
