package com.tutormax.training.models.domain;

import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import java.time.LocalDate;
import java.util.List;

/**
 * The model trained for one churn window: the chosen hyper-parameters, the booster (XGBoost's
 * UBJSON bytes), the calibration fitted on the validation split, the test-split metrics, the
 * features ranked by mean |SHAP|, the as-of days it learned from, and its test-split predictions.
 */
public record TrainedModel(
    int windowDays,
    BoosterParams params,
    List<String> featureNames,
    byte[] booster,
    Calibration calibration,
    ModelMetrics metrics,
    List<FeatureImportance> importance,
    LocalDate dataFrom,
    LocalDate dataThrough,
    List<TestPrediction> testPredictions) {

  public TrainedModel {
    featureNames = List.copyOf(featureNames);
    booster = booster.clone();
    importance = List.copyOf(importance);
    testPredictions = List.copyOf(testPredictions);
  }

  /** The artifact churn-service serves for this model. */
  public ModelArtifact toArtifact(String modelId, String version) {
    return ModelArtifact.of(modelId, windowDays, version, featureNames, booster, calibration);
  }
}
