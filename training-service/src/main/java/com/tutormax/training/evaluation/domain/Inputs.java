package com.tutormax.training.evaluation.domain;

/**
 * Argument checks shared by the metrics, so each reports a mismatched evaluation set the same way.
 */
final class Inputs {

  private Inputs() {}

  static void sameLength(double[] scores, boolean[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + labels.length);
    }
  }

  static void nonEmpty(double[] scores, boolean[] labels) {
    sameLength(scores, labels);
    if (scores.length == 0) {
      throw new IllegalArgumentException("no rows to evaluate");
    }
  }

  static void probabilities(double[] probabilities) {
    for (double p : probabilities) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("not a probability: " + p);
      }
    }
  }
}
