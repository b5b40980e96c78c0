package com.tutormax.churn.models;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.ChurnFeatures;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A small real XGBoost model over the churn features, trained in the test (until training-service
 * provides models): churn is likelier with more days since the last session and more no-shows.
 */
public final class TestModels {

  private TestModels() {}

  public static Booster train(long seed) {
    int n = 2_000;
    int width = ChurnFeatures.names().size();
    int days = ChurnFeature.DAYS_SINCE_LAST_SESSION.ordinal();
    int noShows = ChurnFeature.NO_SHOWS_14D.ordinal();
    Random random = new Random(seed);
    float[] x = new float[n * width];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < width; j++) {
        x[i * width + j] = (float) random.nextDouble();
      }
      x[i * width + days] = random.nextInt(30);
      x[i * width + noShows] = random.nextInt(4);
      double logit = -3 + 0.15 * x[i * width + days] + 0.8 * x[i * width + noShows];
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    }
    try {
      DMatrix train = new DMatrix(x, n, width, Float.NaN);
      train.setLabel(y);
      Map<String, Object> params = new HashMap<>();
      params.put("objective", "binary:logistic");
      params.put("max_depth", 3);
      params.put("eta", 0.3);
      params.put("nthread", 1);
      params.put("verbosity", 0);
      params.put("seed", seed);
      return XGBoost.train(train, params, 20, Map.of(), null, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }
}
