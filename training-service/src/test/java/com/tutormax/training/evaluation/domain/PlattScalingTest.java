package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.models.Calibration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

  @Test
  void twoGroupsAreFittedToTheirSmoothedTargetRates() {
    // Raw 0.2 for 1 churner and 3 stayers, raw 0.8 for 3 churners and 1 stayer: overconfident.
    // N₊ = N₋ = 4, so targets are 5/6 and 1/6; the groups' mean targets are ⅓ and ⅔. Two distinct
    // logits (∓ln 4) and two parameters fit both exactly: −a·ln 4 + b = ln 2 and a·ln 4 + b = −ln
    // 2,
    // so a = −½ and b = 0.
    double[] p = {0.2, 0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8};
    boolean[] y = {true, false, false, false, true, true, true, false};

    PlattScaling.Fit fit = PlattScaling.fit(p, y);

    assertThat(fit.a()).isCloseTo(-0.5, within(1e-4));
    assertThat(fit.b()).isCloseTo(0.0, within(1e-4));
    assertThat(fit.apply(0.2)).isCloseTo(1.0 / 3, within(1e-4));
    assertThat(fit.apply(0.8)).isCloseTo(2.0 / 3, within(1e-4));
    assertThat(PlattScaling.smoothedLogLoss(p, y, fit.a(), fit.b()))
        .isLessThan(PlattScaling.smoothedLogLoss(p, y, -1, 0));
  }

  @Test
  void aConstantPredictionOnlyMovesTheIntercept() {
    // All raw 0.5 (logit 0): a has no effect and stays 0. 3 churners → target 4/5, 1 stayer →
    // 1/3; the mean target 41/60 is the calibrated probability, so b = ln(19/41).
    double[] p = {0.5, 0.5, 0.5, 0.5};
    boolean[] y = {true, true, true, false};

    PlattScaling.Fit fit = PlattScaling.fit(p, y);

    assertThat(fit.a()).isCloseTo(0.0, within(1e-9));
    assertThat(fit.b()).isCloseTo(Math.log(19.0 / 41.0), within(1e-5));
    assertThat(fit.apply(0.5)).isCloseTo(41.0 / 60.0, within(1e-5));
  }

  @Test
  void findsTheDistortionOfAnOverconfidentModelAndBeatsTheIdentity() {
    // The truth is sigmoid(½·logit(raw)): raw probabilities are too extreme, so a ≈ −½.
    Random random = new Random(42);
    int n = 4000;
    double[] p = new double[n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      p[i] = 0.01 + 0.98 * random.nextDouble();
      double truth = 1 / (1 + Math.exp(-0.5 * PlattScaling.logit(p[i])));
      y[i] = random.nextDouble() < truth;
    }

    PlattScaling.Fit fit = PlattScaling.fit(p, y);

    assertThat(fit.a()).isBetween(-0.6, -0.4);
    assertThat(fit.b()).isBetween(-0.15, 0.15);
    assertThat(PlattScaling.smoothedLogLoss(p, y, fit.a(), fit.b()))
        .isLessThan(PlattScaling.smoothedLogLoss(p, y, -1, 0));
    assertThat(logLoss(p, y, fit)).isLessThan(logLoss(p, y, new PlattScaling.Fit(-1, 0)));

    // At the optimum the intercept's gradient Σ(t − p') is 0: the calibrated probabilities
    // reproduce the mean target, and so (up to the smoothing) the churn rate.
    double[] targets = PlattScaling.targets(y);
    double meanTarget = 0;
    double meanCalibrated = 0;
    double churnRate = 0;
    for (int i = 0; i < n; i++) {
      meanTarget += targets[i] / n;
      meanCalibrated += fit.apply(p[i]) / n;
      churnRate += (y[i] ? 1.0 : 0.0) / n;
    }
    assertThat(meanCalibrated).isCloseTo(meanTarget, within(1e-6));
    assertThat(meanCalibrated).isCloseTo(churnRate, within(0.01));
  }

  @Test
  void theSignOfAFollowsTheDirectionOfTheScores() {
    double[] p = {0.1, 0.2, 0.3, 0.45, 0.55, 0.6, 0.7, 0.8, 0.9};
    boolean[] rising = {false, false, false, true, false, true, true, true, true};
    boolean[] falling = new boolean[rising.length];
    for (int i = 0; i < rising.length; i++) {
      falling[i] = !rising[i];
    }

    // Churners have the higher raw probabilities: p' rises with p, which this form needs a < 0 for.
    assertThat(PlattScaling.fit(p, rising).a()).isNegative();
    // A model that ranks backwards gets a > 0, turning its probabilities around.
    assertThat(PlattScaling.fit(p, falling).a()).isPositive();
  }

  @Test
  void churnServiceAppliesTheFitExactlyAsFitted() {
    PlattScaling.Fit fit = new PlattScaling.Fit(-0.7, 0.3);
    Calibration calibration = fit.toCalibration();

    assertThat(calibration.kind()).isEqualTo(Calibration.Kind.PLATT);
    for (double raw : new double[] {0.0, 1e-9, 0.05, 0.5, 0.93, 1.0}) {
      double expected =
          1.0 / (1.0 + Math.exp(-0.7 * Math.log(clamp(raw) / (1 - clamp(raw))) + 0.3));
      assertThat(fit.apply(raw)).isEqualTo(expected);
      assertThat(calibration.apply(raw)).isEqualTo(fit.apply(raw));
    }
  }

  @Test
  void aSeparableSetStaysFinite() {
    // Without the smoothed targets, perfect separation would push |a| to infinity.
    double[] p = {0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
    boolean[] y = {false, false, false, true, true, true};

    PlattScaling.Fit fit = PlattScaling.fit(p, y);

    assertThat(fit.a()).isNegative().isFinite();
    assertThat(fit.apply(0.9)).isLessThan(1.0).isGreaterThan(0.7);
  }

  private static double clamp(double p) {
    return Math.min(1 - 1e-7, Math.max(1e-7, p));
  }

  private static double logLoss(double[] p, boolean[] y, PlattScaling.Fit fit) {
    double loss = 0;
    for (int i = 0; i < p.length; i++) {
      double q = fit.apply(p[i]);
      loss -= y[i] ? Math.log(q) : Math.log(1 - q);
    }
    return loss / p.length;
  }
}
