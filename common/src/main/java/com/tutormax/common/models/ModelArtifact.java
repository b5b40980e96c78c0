package com.tutormax.common.models;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A trained churn model as training-service serves it at a promoted model's {@code artifactUrl}
 * (JSON): which window it predicts, the feature names in the order of its columns (must equal
 * {@code ChurnFeatures.names()} when served), the XGBoost booster (UBJSON, base64) and the
 * calibration of its probabilities.
 */
public record ModelArtifact(
    String modelId,
    int windowDays,
    String version,
    List<String> featureNames,
    String booster,
    Calibration calibration) {

  public ModelArtifact {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(booster, "booster");
    featureNames = List.copyOf(featureNames);
    calibration = calibration == null ? Calibration.none() : calibration;
  }

  public static ModelArtifact of(
      String modelId,
      int windowDays,
      String version,
      List<String> featureNames,
      byte[] booster,
      Calibration calibration) {
    return new ModelArtifact(
        modelId,
        windowDays,
        version,
        featureNames,
        Base64.getEncoder().encodeToString(booster),
        calibration);
  }

  public byte[] boosterBytes() {
    return Base64.getDecoder().decode(booster);
  }
}
