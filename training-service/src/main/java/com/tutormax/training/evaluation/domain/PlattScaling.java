package com.tutormax.training.evaluation.domain;

import com.tutormax.common.models.Calibration;

/**
 * Platt scaling of a model's raw probabilities: fits {@code a, b} so that {@code p' = 1 / (1 +
 * exp(a·logit(p) + b))} minimizes log-loss on the validation split. The formula, and the clamp of p
 * to [1e-7, 1 − 1e-7], are exactly those churn-service applies through {@link Calibration#apply},
 * so the fitted pair can be shipped as {@link Calibration#platt(double, double)} unchanged. The
 * identity mapping is a = −1, b = 0.
 *
 * <p>The fit is Platt's, in the numerically careful form of Lin, Lin and Weng (2007): targets
 * smoothed to (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2) so a separable validation set does not drive a to
 * infinity, then Newton's method with a backtracking line search.
 */
public final class PlattScaling {

  static final double MIN_P = 1e-7;
  private static final int MAX_ITERATIONS = 100;
  private static final double MIN_STEP = 1e-10;
  // Keeps the Hessian positive definite when every logit is equal (a is then undetermined).
  private static final double SIGMA = 1e-12;
  private static final double GRADIENT_TOLERANCE = 1e-5;

  private PlattScaling() {}

  /** The fitted parameters of {@code 1 / (1 + exp(a·logit(p) + b))}. */
  public record Fit(double a, double b) {

    public Calibration toCalibration() {
      return Calibration.platt(a, b);
    }

    /** The calibrated probability, computed as churn-service computes it. */
    public double apply(double p) {
      return 1.0 / (1.0 + Math.exp(a * logit(p) + b));
    }
  }

  /** Fits on raw probabilities (0–1) and their outcomes; needs at least one row. */
  public static Fit fit(double[] probabilities, boolean[] labels) {
    Inputs.nonEmpty(probabilities, labels);
    Inputs.probabilities(probabilities);
    int n = probabilities.length;
    double[] f = new double[n];
    double[] t = targets(labels);
    int positives = 0;
    for (int i = 0; i < n; i++) {
      f[i] = logit(probabilities[i]);
      if (labels[i]) {
        positives++;
      }
    }
    int negatives = n - positives;

    double a = 0;
    double b = Math.log((negatives + 1.0) / (positives + 1.0));
    double loss = smoothedLogLoss(f, t, a, b);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double h11 = SIGMA;
      double h22 = SIGMA;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double z = f[i] * a + b;
        double p; // model probability of the positive class, 1 / (1 + e^z)
        double q; // 1 − p
        if (z >= 0) {
          p = Math.exp(-z) / (1.0 + Math.exp(-z));
          q = 1.0 / (1.0 + Math.exp(-z));
        } else {
          p = 1.0 / (1.0 + Math.exp(z));
          q = Math.exp(z) / (1.0 + Math.exp(z));
        }
        double d2 = p * q;
        h11 += f[i] * f[i] * d2;
        h22 += d2;
        h21 += f[i] * d2;
        double d1 = t[i] - p;
        g1 += f[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < GRADIENT_TOLERANCE && Math.abs(g2) < GRADIENT_TOLERANCE) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * da + g2 * db;
      double step = 1;
      while (step >= MIN_STEP) {
        double newA = a + step * da;
        double newB = b + step * db;
        double newLoss = smoothedLogLoss(f, t, newA, newB);
        // Armijo condition: accept the step once it lowers the loss enough.
        if (newLoss < loss + 1e-4 * step * gd) {
          a = newA;
          b = newB;
          loss = newLoss;
          break;
        }
        step /= 2;
      }
      if (step < MIN_STEP) {
        break; // no step improves: at the optimum within floating precision
      }
    }
    return new Fit(a, b);
  }

  /**
   * The log-loss the fit minimizes (summed, against Platt's smoothed targets) at a given {@code a,
   * b}: lets callers and tests compare a fit with the identity (a = −1, b = 0).
   */
  public static double smoothedLogLoss(
      double[] probabilities, boolean[] labels, double a, double b) {
    Inputs.nonEmpty(probabilities, labels);
    double[] f = new double[probabilities.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = logit(probabilities[i]);
    }
    return smoothedLogLoss(f, targets(labels), a, b);
  }

  /** Platt's smoothed targets: positives (N₊ + 1)/(N₊ + 2), negatives 1/(N₋ + 2). */
  static double[] targets(boolean[] labels) {
    int positives = 0;
    for (boolean label : labels) {
      if (label) {
        positives++;
      }
    }
    int negatives = labels.length - positives;
    double high = (positives + 1.0) / (positives + 2.0);
    double low = 1.0 / (negatives + 2.0);
    double[] t = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      t[i] = labels[i] ? high : low;
    }
    return t;
  }

  static double logit(double p) {
    double clamped = Math.min(1 - MIN_P, Math.max(MIN_P, p));
    return Math.log(clamped / (1 - clamped));
  }

  // −Σ [t·log p' + (1 − t)·log(1 − p')] with p' = 1/(1 + e^z), written to never overflow e^z.
  private static double smoothedLogLoss(double[] f, double[] t, double a, double b) {
    double loss = 0;
    for (int i = 0; i < f.length; i++) {
      double z = f[i] * a + b;
      if (z >= 0) {
        loss += t[i] * z + Math.log1p(Math.exp(-z));
      } else {
        loss += (t[i] - 1) * z + Math.log1p(Math.exp(z));
      }
    }
    return loss;
  }
}
