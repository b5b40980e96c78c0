package com.tutormax.common.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The first-session model (a fitted logistic regression) as training stores it and churn serves it:
 * P(poor first session) = 1 / (1 + e^−m) with margin m = intercept + Σ coefficient·z, where z = (x
 * − mean) / std is the standardised feature (a missing x counts as the mean, z = 0). Coefficients
 * are on standardised features, so their sizes compare: each is the change in log-odds for one
 * standard deviation of its feature.
 */
public record LogisticModel(double intercept, List<Coefficient> coefficients) {

  /** One feature's coefficient with the mean and standard deviation it was standardised with. */
  public record Coefficient(String feature, double coefficient, double mean, double std) {}

  public LogisticModel {
    coefficients = List.copyOf(coefficients);
  }

  /** A model from its parts, in feature order: weights on features standardised with these. */
  public static LogisticModel of(
      List<String> names, double intercept, double[] weights, double[] means, double[] stds) {
    List<Coefficient> coefficients = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      coefficients.add(new Coefficient(names.get(j), weights[j], means[j], stds[j]));
    }
    return new LogisticModel(intercept, coefficients);
  }

  /** The feature names, in the order {@link #probability} takes them. */
  public List<String> featureNames() {
    return coefficients.stream().map(Coefficient::feature).toList();
  }

  /** The margin (log-odds) of a row of raw features, in {@link #featureNames()} order. */
  public double margin(double[] features) {
    double m = intercept;
    for (double share : contributions(features)) {
      m += share;
    }
    return m;
  }

  /**
   * Each feature's share of the margin: coefficient · z (0 for a missing value). With the intercept
   * they sum to {@link #margin}; for a linear model these are exactly its SHAP values in log-odds
   * against the all-mean row.
   */
  public double[] contributions(double[] features) {
    if (features.length != coefficients.size()) {
      throw new IllegalArgumentException(
          features.length + " features, expected " + coefficients.size());
    }
    double[] shares = new double[features.length];
    for (int j = 0; j < features.length; j++) {
      Coefficient c = coefficients.get(j);
      shares[j] =
          Double.isNaN(features[j]) ? 0 : c.coefficient() * (features[j] - c.mean()) / c.std();
    }
    return shares;
  }

  /** The probability of a poor first session for a row of raw features. */
  public double probability(double[] features) {
    return 1 / (1 + Math.exp(-margin(features)));
  }
}
