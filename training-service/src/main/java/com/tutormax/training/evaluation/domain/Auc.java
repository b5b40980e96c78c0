package com.tutormax.training.evaluation.domain;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve of scores against binary labels: the probability that a random positive
 * outscores a random negative, ties counting half. Computed from ranks (Mann–Whitney U) so it costs
 * one sort and needs no threshold sweep.
 */
public final class Auc {

  private Auc() {}

  /**
   * The AUC, or NaN when the labels hold only one class (no positive–negative pair to rank). Tied
   * scores share the average of their ranks, which is what makes a tie count half.
   */
  public static double of(double[] scores, boolean[] labels) {
    Inputs.sameLength(scores, labels);
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));

    double positiveRankSum = 0;
    long positives = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      // Ranks are 1-based: the tie group start..end shares the mean of ranks start+1..end+1.
      double averageRank = (start + end + 2) / 2.0;
      for (int k = start; k <= end; k++) {
        if (labels[order[k]]) {
          positiveRankSum += averageRank;
          positives++;
        }
      }
      start = end + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }
}
