package com.tutormax.training.models.domain;

import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The few XGBoost calls the trainer makes, turning the checked {@link XGBoostError} into an
 * unchecked exception: a native failure here is a bug or a broken install, not a bad input.
 */
final class Boosters {

  private Boosters() {}

  /** The rows as a labelled matrix (dispose it when done: its memory is native). */
  static DMatrix matrix(List<LabelledRow> rows, int width) {
    float[] values = new float[rows.size() * width];
    float[] labels = new float[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow row = rows.get(i);
      System.arraycopy(row.features(), 0, values, i * width, width);
      labels[i] = row.churned() ? 1 : 0;
    }
    try {
      DMatrix matrix = new DMatrix(values, rows.size(), width, Float.NaN);
      matrix.setLabel(labels);
      return matrix;
    } catch (XGBoostError e) {
      throw new IllegalStateException("could not build the XGBoost matrix", e);
    }
  }

  static Booster train(DMatrix train, BoosterParams params, long seed) {
    try {
      return XGBoost.train(train, params.toXgboost(seed), params.rounds(), Map.of(), null, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed with " + params, e);
    }
  }

  /** The raw probability of each row. */
  static float[] predict(Booster booster, DMatrix rows) {
    try {
      float[][] predictions = booster.predict(rows);
      float[] flat = new float[predictions.length];
      for (int i = 0; i < flat.length; i++) {
        flat[i] = predictions[i][0];
      }
      return flat;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed", e);
    }
  }

  /** SHAP contributions per row: one per feature, then the bias. */
  static float[][] contributions(Booster booster, DMatrix rows) {
    try {
      return booster.predictContrib(rows, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost SHAP contributions failed", e);
    }
  }

  static byte[] bytes(Booster booster) {
    try {
      return booster.toByteArray();
    } catch (XGBoostError e) {
      throw new IllegalStateException("could not serialize the booster", e);
    }
  }

  static double[] toDoubles(float[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i];
    }
    return doubles;
  }
}
