package com.tutormax.training.models.domain;

import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import java.util.List;

/**
 * The model trained for one churn window: the chosen hyper-parameters, the booster (XGBoost's
 * UBJSON bytes), the calibration fitted on the validation split, the test-split metrics and the
 * features ranked by mean |SHAP|.
 */
public record TrainedModel(
    int windowDays,
    BoosterParams params,
    List<String> featureNames,
    byte[] booster,
    Calibration calibration,
    ModelMetrics metrics,
    List<FeatureImportance> importance) {

  public TrainedModel {
    featureNames = List.copyOf(featureNames);
    booster = booster.clone();
    importance = List.copyOf(importance);
  }

  /** The artifact churn-service serves for this model. */
  public ModelArtifact toArtifact(String modelId, String version) {
    return ModelArtifact.of(modelId, windowDays, version, featureNames, booster, calibration);
  }
}
