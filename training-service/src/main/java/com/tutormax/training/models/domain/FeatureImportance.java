package com.tutormax.training.models.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A feature's importance: its mean absolute SHAP value (log-odds) over the test split. */
public record FeatureImportance(String name, double meanAbsShap) {

  /**
   * Ranks features by mean |SHAP|, most important first (ties keep feature order). Each row of
   * {@code contributions} holds one value per feature, then the bias, which is left out.
   */
  static List<FeatureImportance> rank(List<String> names, float[][] contributions) {
    double[] sums = new double[names.size()];
    for (float[] row : contributions) {
      for (int j = 0; j < sums.length; j++) {
        sums[j] += Math.abs(row[j]);
      }
    }
    List<FeatureImportance> ranked = new ArrayList<>(names.size());
    for (int j = 0; j < sums.length; j++) {
      double mean = contributions.length == 0 ? 0 : sums[j] / contributions.length;
      ranked.add(new FeatureImportance(names.get(j), mean));
    }
    ranked.sort(Comparator.comparingDouble(FeatureImportance::meanAbsShap).reversed());
    return List.copyOf(ranked);
  }
}
