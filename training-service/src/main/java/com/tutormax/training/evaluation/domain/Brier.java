package com.tutormax.training.evaluation.domain;

/**
 * Brier score: the mean squared difference between predicted probability and the 0/1 outcome.
 * Unlike AUC it punishes miscalibration, so it tells whether the probabilities can be read as
 * probabilities (lower is better; always predicting 0.5 scores 0.25).
 */
public final class Brier {

  private Brier() {}

  public static double score(double[] probabilities, boolean[] labels) {
    Inputs.nonEmpty(probabilities, labels);
    Inputs.probabilities(probabilities);
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double error = probabilities[i] - (labels[i] ? 1 : 0);
      sum += error * error;
    }
    return sum / probabilities.length;
  }
}
