package com.tutormax.training.firstsession.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted logistic regression as stored and served: P(poor first session) = 1 / (1 + e^−m) with
 * margin m = intercept + Σ coefficient·z, where z = (x − mean) / std is the standardised feature (a
 * missing x counts as the mean, z = 0). Coefficients are on standardised features, so their sizes
 * compare: each is the change in log-odds for one standard deviation of its feature.
 */
public record LogisticModel(double intercept, List<Coefficient> coefficients) {

  /** One feature's coefficient with the mean and standard deviation it was standardised with. */
  public record Coefficient(String feature, double coefficient, double mean, double std) {}

  public LogisticModel {
    coefficients = List.copyOf(coefficients);
  }

  /** A model from its parts, in feature order. */
  static LogisticModel of(
      List<String> names, double intercept, double[] weights, Standardizer standardizer) {
    double[] means = standardizer.means();
    double[] stds = standardizer.stds();
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
    if (features.length != coefficients.size()) {
      throw new IllegalArgumentException(
          features.length + " features, expected " + coefficients.size());
    }
    double m = intercept;
    for (int j = 0; j < features.length; j++) {
      Coefficient c = coefficients.get(j);
      if (!Double.isNaN(features[j])) {
        m += c.coefficient() * (features[j] - c.mean()) / c.std();
      }
    }
    return m;
  }

  /** The probability of a poor first session for a row of raw features. */
  public double probability(double[] features) {
    return 1 / (1 + Math.exp(-margin(features)));
  }
}
