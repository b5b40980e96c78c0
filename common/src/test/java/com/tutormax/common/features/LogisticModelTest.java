package com.tutormax.common.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

  private final LogisticModel model =
      new LogisticModel(
          -1,
          List.of(
              new LogisticModel.Coefficient("a", 2, 10, 5),
              new LogisticModel.Coefficient("b", -0.5, 0, 2)));

  @Test
  void theMarginIsTheInterceptPlusCoefficientsTimesStandardisedFeatures() {
    // −1 + 2·(15 − 10)/5 − 0.5·(4 − 0)/2 = −1 + 2 − 1 = 0
    assertThat(model.margin(new double[] {15, 4})).isZero();
    assertThat(model.probability(new double[] {15, 4})).isEqualTo(0.5);
    // −1 + 2·1 + 0 = 1: 1 / (1 + e^−1)
    assertThat(model.probability(new double[] {15, 0})).isCloseTo(0.7310585786, within(1e-10));
  }

  @Test
  void aMissingFeatureCountsAsItsMean() {
    assertThat(model.margin(new double[] {Double.NaN, Double.NaN})).isEqualTo(-1);
    assertThat(model.featureNames()).containsExactly("a", "b");
  }
}
