package com.tutormax.churn.models.domain;

import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.FeatureVector;
import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A promoted model loaded for serving: its booster and calibration. Predicting is safe from several
 * threads (XGBoost's predict is).
 */
public final class ServedModel {

  private final int windowDays;
  private final String modelId;
  private final String version;
  private final Booster booster;
  private final Calibration calibration;

  private ServedModel(ModelArtifact artifact, Booster booster) {
    this.windowDays = artifact.windowDays();
    this.modelId = artifact.modelId();
    this.version = artifact.version();
    this.booster = booster;
    this.calibration = artifact.calibration();
  }

  /**
   * Loads an artifact, refusing one whose columns are not the churn features in order (a model
   * trained on other features would silently read the wrong values).
   */
  public static ServedModel load(ModelArtifact artifact) {
    if (!artifact.featureNames().equals(ChurnFeatures.names())) {
      throw new IllegalArgumentException(
          "model " + artifact.modelId() + " was trained on other features than ChurnFeatures");
    }
    try {
      return new ServedModel(artifact, XGBoost.loadModel(artifact.boosterBytes()));
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalArgumentException("model " + artifact.modelId() + " does not load", e);
    }
  }

  public int windowDays() {
    return windowDays;
  }

  public String modelId() {
    return modelId;
  }

  public String version() {
    return version;
  }

  /** The calibrated probability of churn within the window (no SHAP values: cheaper). */
  public double probability(FeatureVector features) {
    try {
      DMatrix row = new DMatrix(features.toFloatArray(), 1, features.size(), Float.NaN);
      try {
        return calibration.apply(booster.predict(row)[0][0]);
      } finally {
        row.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("model " + modelId + " could not predict", e);
    }
  }

  /** The calibrated probability of churn within the window, and each feature's SHAP value. */
  public Scored score(FeatureVector features) {
    try {
      DMatrix row = new DMatrix(features.toFloatArray(), 1, features.size(), Float.NaN);
      try {
        double raw = booster.predict(row)[0][0];
        float[] contributions = booster.predictContrib(row, 0)[0];
        return new Scored(calibration.apply(raw), raw, contributions);
      } finally {
        row.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("model " + modelId + " could not predict", e);
    }
  }

  /**
   * One prediction: calibrated and raw probability, and SHAP contributions (log-odds; one per
   * feature in order, then the bias).
   */
  public record Scored(double probability, double raw, float[] contributions) {}
}
