package com.tutormax.training.firstsession.domain;

import java.util.List;

/**
 * Standardises features with the train split's means and (population) standard deviations: z = (x −
 * mean) / std. A missing value (NaN) becomes 0, the mean; a feature without variation has std 1
 * (its z is always 0); a feature missing on every train row has mean 0. Fitted on the train split
 * only, so validation and test rows are scaled with numbers they did not influence.
 */
public record Standardizer(double[] means, double[] stds) {

  public Standardizer {
    if (means.length != stds.length) {
      throw new IllegalArgumentException(means.length + " means for " + stds.length + " stds");
    }
    means = means.clone();
    stds = stds.clone();
  }

  /**
   * Fits on rows of {@code width} features; NaN values are left out of a feature's mean and std.
   */
  public static Standardizer fit(List<double[]> rows, int width) {
    double[] means = new double[width];
    double[] stds = new double[width];
    for (int j = 0; j < width; j++) {
      double sum = 0;
      int n = 0;
      for (double[] row : rows) {
        if (!Double.isNaN(row[j])) {
          sum += row[j];
          n++;
        }
      }
      double mean = n == 0 ? 0 : sum / n;
      double squares = 0;
      for (double[] row : rows) {
        if (!Double.isNaN(row[j])) {
          squares += (row[j] - mean) * (row[j] - mean);
        }
      }
      double std = n == 0 ? 0 : Math.sqrt(squares / n);
      means[j] = mean;
      stds[j] = std > 1e-12 ? std : 1;
    }
    return new Standardizer(means, stds);
  }

  /** The standardised row (NaN → 0). */
  public double[] apply(double[] row) {
    if (row.length != means.length) {
      throw new IllegalArgumentException(row.length + " features, expected " + means.length);
    }
    double[] z = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      z[j] = Double.isNaN(row[j]) ? 0 : (row[j] - means[j]) / stds[j];
    }
    return z;
  }

  @Override
  public double[] means() {
    return means.clone();
  }

  @Override
  public double[] stds() {
    return stds.clone();
  }
}
