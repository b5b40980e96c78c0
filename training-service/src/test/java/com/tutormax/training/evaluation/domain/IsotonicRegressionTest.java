package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.models.Calibration;
import org.junit.jupiter.api.Test;

class IsotonicRegressionTest {

  private static final double[] XS = {0.1, 0.2, 0.3, 0.4, 0.5};
  private static final boolean[] YS = {true, false, false, true, false};

  @Test
  void poolsAdjacentViolatorsOnAFivePointExample() {
    // y = 1, 0, 0, 1, 0. 1 > 0 pools to ½; ½ > 0 pools to ⅓ (1 of 3); then 1, and 1 > 0 pools to ½,
    // which is above ⅓, so the fit is ⅓, ⅓, ⅓, ½, ½.
    IsotonicRegression.Fit fit = IsotonicRegression.fit(XS, YS);

    assertThat(fit.thresholds()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
    assertThat(fit.values())
        .satisfiesExactly(
            v -> assertThat(v).isCloseTo(1.0 / 3, within(1e-12)),
            v -> assertThat(v).isCloseTo(1.0 / 3, within(1e-12)),
            v -> assertThat(v).isCloseTo(1.0 / 3, within(1e-12)),
            v -> assertThat(v).isEqualTo(0.5),
            v -> assertThat(v).isEqualTo(0.5));
  }

  @Test
  void tiedProbabilitiesShareOneThresholdAndInputOrderDoesNotMatter() {
    // Sorted: 0.2 → {1, 0} (½, weight 2), 0.5 → 0, 0.7 → 0, 0.9 → 1.
    // ½ > 0 pools to 1 of 3; ⅓ > 0 pools to 1 of 4 = ¼; then 1.
    double[] xs = {0.7, 0.2, 0.9, 0.2, 0.5};
    boolean[] ys = {false, true, true, false, false};

    IsotonicRegression.Fit fit = IsotonicRegression.fit(xs, ys);

    assertThat(fit.thresholds()).containsExactly(0.2, 0.5, 0.7, 0.9);
    assertThat(fit.values()).containsExactly(0.25, 0.25, 0.25, 1.0);
  }

  @Test
  void leavesAMonotoneSequenceAlone() {
    IsotonicRegression.Fit fit =
        IsotonicRegression.fit(
            new double[] {0.1, 0.4, 0.4, 0.8}, new boolean[] {false, false, true, true});

    assertThat(fit.thresholds()).containsExactly(0.1, 0.4, 0.8);
    assertThat(fit.values()).containsExactly(0.0, 0.5, 1.0);
  }

  @Test
  void servesThroughCommonCalibrationWithInterpolationAndClamping() {
    Calibration calibration = IsotonicRegression.fit(XS, YS).toCalibration();

    assertThat(calibration.kind()).isEqualTo(Calibration.Kind.ISOTONIC);
    assertThat(calibration.apply(0.2)).isCloseTo(1.0 / 3, within(1e-12));
    // Halfway between 0.3 (⅓) and 0.4 (½): 5/12.
    assertThat(calibration.apply(0.35)).isCloseTo(5.0 / 12, within(1e-12));
    assertThat(calibration.apply(0.0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(calibration.apply(0.95)).isEqualTo(0.5);
  }
}
