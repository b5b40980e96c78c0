package com.tutormax.churn.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.churn.models.TestModels;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.FeatureVector;
import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.Test;

class ServedModelTest {

  private static final Booster BOOSTER = TestModels.train(3);

  private static FeatureVector vector(double daysSinceLastSession, double noShows) {
    List<String> names = ChurnFeatures.names();
    double[] values = new double[names.size()];
    java.util.Arrays.fill(values, 0.5);
    values[names.indexOf("days_since_last_session")] = daysSinceLastSession;
    values[names.indexOf("no_shows_14d")] = noShows;
    values[names.indexOf("rating_trend")] = Double.NaN;
    return FeatureVector.of(names, values);
  }

  @Test
  void aLoadedArtifactPredictsLikeTheTrainedBoosterAndItsShapValuesSumToTheMargin()
      throws Exception {
    ServedModel model =
        ServedModel.load(
            ModelArtifact.of("m", 30, "v1", ChurnFeatures.names(), BOOSTER.toByteArray(), null));
    FeatureVector features = vector(20, 3);

    ServedModel.Scored scored = model.score(features);

    DMatrix row = new DMatrix(features.toFloatArray(), 1, features.size(), Float.NaN);
    assertThat(scored.probability()).isCloseTo(BOOSTER.predict(row)[0][0], within(1e-7));
    double margin = 0;
    for (float c : scored.contributions()) {
      margin += c;
    }
    assertThat(1 / (1 + Math.exp(-margin))).isCloseTo(scored.raw(), within(1e-5));
  }

  @Test
  void theTopFactorsAreTheFeaturesThatRaiseRiskMost() {
    ServedModel model =
        ServedModel.load(
            ModelArtifact.of(
                "m", 30, "v1", ChurnFeatures.names(), bytes(), Calibration.platt(-1, 0)));
    ModelScores scores = ModelScores.of(List.of(model), vector(29, 3), 3);

    assertThat(scores.headlineProbability()).isGreaterThan(0.5);
    assertThat(scores.modelVersions()).containsEntry("30d", "v1");
    List<String> top = new ArrayList<>();
    scores.factors().forEach(f -> top.add(f.feature()));
    assertThat(top).startsWith("days_since_last_session").contains("no_shows_14d");
  }

  @Test
  void theHeadlineOnlyScoreIsTheFullScoresHeadline() {
    ServedModel model =
        ServedModel.load(
            ModelArtifact.of(
                "m", 30, "v1", ChurnFeatures.names(), bytes(), Calibration.platt(-1.2, 0.1)));
    FeatureVector features = vector(12, 1);

    assertThat(ModelScores.headlineOnly(List.of(model), features).headlineProbability())
        .isEqualTo(ModelScores.of(List.of(model), features, 3).headlineProbability());
    assertThat(ModelScores.headlineOnly(List.of(), features)).isEqualTo(ModelScores.NONE);
  }

  @Test
  void aModelTrainedOnOtherFeaturesIsRefused() {
    assertThatThrownBy(
            () ->
                ServedModel.load(
                    ModelArtifact.of(
                        "m", 30, "v1", List.of("something_else"), bytes(), Calibration.none())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other features");
  }

  private static byte[] bytes() {
    try {
      return BOOSTER.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
