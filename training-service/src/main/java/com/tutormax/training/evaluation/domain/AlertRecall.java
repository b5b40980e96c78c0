package com.tutormax.training.evaluation.domain;

/**
 * Precision and recall of raising an alert when the score is strictly above a threshold: how the
 * PRD's alert levels (25, 50 and 75 on a 0–100 risk score, or a probability × 100) would have
 * performed on labelled rows.
 */
public final class AlertRecall {

  private AlertRecall() {}

  /**
   * The outcome of one threshold. {@code precision} is NaN when nothing was flagged and {@code
   * recall} is NaN when there were no positives: neither is then defined, and 0 would be a lie.
   */
  public record Result(
      double threshold,
      int flagged,
      int truePositives,
      int positives,
      double precision,
      double recall) {}

  /** Flags every row whose score is strictly greater than {@code threshold}. */
  public static Result at(double[] scores, boolean[] labels, double threshold) {
    Inputs.sameLength(scores, labels);
    int flagged = 0;
    int truePositives = 0;
    int positives = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean alert = scores[i] > threshold;
      if (alert) {
        flagged++;
      }
      if (labels[i]) {
        positives++;
        if (alert) {
          truePositives++;
        }
      }
    }
    double precision = flagged == 0 ? Double.NaN : truePositives / (double) flagged;
    double recall = positives == 0 ? Double.NaN : truePositives / (double) positives;
    return new Result(threshold, flagged, truePositives, positives, precision, recall);
  }
}
