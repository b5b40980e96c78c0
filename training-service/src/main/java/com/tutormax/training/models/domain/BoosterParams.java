package com.tutormax.training.models.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The XGBoost hyper-parameters a window's model was trained with: tree depth, learning rate,
 * boosting rounds and the weight of positives ({@code scale_pos_weight} = negatives / positives of
 * the train split, so the rare churners are not drowned out).
 */
public record BoosterParams(int maxDepth, double eta, int rounds, double scalePosWeight) {

  /** The parameter map XGBoost trains with: single-threaded and seeded, hence reproducible. */
  Map<String, Object> toXgboost(long seed) {
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "binary:logistic");
    params.put("max_depth", maxDepth);
    params.put("eta", eta);
    params.put("scale_pos_weight", scalePosWeight);
    params.put("nthread", 1);
    params.put("verbosity", 0);
    params.put("seed", seed);
    return params;
  }
}
