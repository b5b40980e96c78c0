package com.tutormax.training.firstsession.domain;

import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.FIRST_DAY;
import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstSessionTrainerTest {

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /**
   * One binary feature: 20% poor without it, 60% with it, 100 rows each. The maximum-likelihood fit
   * has a closed form: the margin at x = 0 is logit(0.2) and at x = 1 logit(0.6). Standardised
   * (mean 0.5, std 0.5), x = 0 is z = −1 and x = 1 is z = +1, so the intercept is the mean of the
   * two logits, (−1.3863 + 0.4055) / 2 = −0.4904, and the coefficient half their difference,
   * 0.8959. A tiny λ barely shrinks it.
   */
  @Test
  void oneBinaryFeatureFitsTheClosedFormMaximumLikelihood() {
    List<FirstSessionRow> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(row("a" + i, 0, 0, i < 20));
      rows.add(row("b" + i, 0, 1, i < 60));
    }

    LogisticModel model = FirstSessionTrainer.fit(rows, List.of("x"), 1e-5, 42);

    assertThat(model.coefficients().get(0).mean()).isEqualTo(0.5);
    assertThat(model.coefficients().get(0).std()).isEqualTo(0.5);
    assertThat(model.intercept()).isCloseTo((logit(0.2) + logit(0.6)) / 2, within(1e-3));
    assertThat(model.coefficients().get(0).coefficient())
        .isCloseTo((logit(0.6) - logit(0.2)) / 2, within(1e-3));
    assertThat(model.probability(new double[] {0})).isCloseTo(0.2, within(1e-3));
    assertThat(model.probability(new double[] {1})).isCloseTo(0.6, within(1e-3));
  }

  @Test
  void aStrongerPenaltyShrinksTheCoefficient() {
    List<FirstSessionRow> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(row("a" + i, 0, 0, i < 20));
      rows.add(row("b" + i, 0, 1, i < 60));
    }
    double weak =
        FirstSessionTrainer.fit(rows, List.of("x"), 1e-4, 42).coefficients().get(0).coefficient();
    double strong =
        FirstSessionTrainer.fit(rows, List.of("x"), 1.0, 42).coefficients().get(0).coefficient();

    assertThat(strong).isPositive().isLessThan(weak * 0.5);
  }

  @Test
  void aSeparableSetIsRankedPerfectly() {
    // Poor exactly when the first feature is positive; the second is noise.
    List<FirstSessionRow> rows = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int d = 0; d < 20; d++) {
      for (int i = 0; i < 20; i++) {
        double x = random.nextGaussian();
        rows.add(
            new FirstSessionRow(
                d + "-" + i,
                "t",
                at(FIRST_DAY.plusDays(d), 10),
                new double[] {x, random.nextGaussian()},
                x > 0));
      }
    }

    TrainedFirstSessionModel trained =
        FirstSessionTrainer.train(rows, List.of("signal", "noise"), 42);

    assertThat(trained.metrics().auc()).isEqualTo(1.0);
    assertThat(trained.metrics().validationAuc()).isEqualTo(1.0);
    assertThat(trained.metrics().precision()).isEqualTo(1.0);
    assertThat(trained.model().coefficients().get(0).coefficient())
        .isGreaterThan(5 * Math.abs(trained.model().coefficients().get(1).coefficient()));
  }

  @Test
  void coefficientsCarryTheSignsOfThePlantedEffectsAndTheTestMetricsAreReported() {
    int width = FirstSessionFeatures.NAMES.size();
    List<FirstSessionRow> rows = FirstSessionFixtures.synthetic(1, 40, 50, width);

    TrainedFirstSessionModel trained = FirstSessionTrainer.train(rows, 42);

    List<LogisticModel.Coefficient> c = trained.model().coefficients();
    assertThat(c)
        .extracting(LogisticModel.Coefficient::feature)
        .isEqualTo(FirstSessionFeatures.NAMES);
    // Planted: +1.5 on the first feature, −1.0 on the second, nothing on the rest.
    assertThat(c.get(0).coefficient()).isCloseTo(1.5, within(0.25));
    assertThat(c.get(1).coefficient()).isCloseTo(-1.0, within(0.25));
    for (int j = 2; j < width; j++) {
      assertThat(Math.abs(c.get(j).coefficient())).as(c.get(j).feature()).isLessThan(0.25);
    }
    FirstSessionMetrics m = trained.metrics();
    // 40 days: 28 / 6 / 6 days of 50 rows.
    assertThat(m.train().rows()).isEqualTo(1400);
    assertThat(m.validation().rows()).isEqualTo(300);
    assertThat(m.test().rows()).isEqualTo(300);
    assertThat(m.test().firstDay()).isEqualTo(FIRST_DAY.plusDays(34));
    assertThat(m.auc()).isBetween(0.75, 0.95);
    assertThat(m.precision()).isBetween(0.5, 1.0);
    assertThat(m.recall()).isBetween(0.2, 1.0);
    assertThat(m.brier()).isBetween(0.0, 0.25);
    assertThat(trained.lambda()).isIn(FirstSessionTrainer.LAMBDAS.toArray());
    assertThat(trained.dataFrom()).isEqualTo(FIRST_DAY);
    assertThat(trained.dataThrough()).isEqualTo(FIRST_DAY.plusDays(39));
  }

  @Test
  void trainingIsDeterministic() {
    List<FirstSessionRow> rows =
        FirstSessionFixtures.synthetic(3, 20, 30, FirstSessionFeatures.NAMES.size());
    assertThat(FirstSessionTrainer.train(rows, 42)).isEqualTo(FirstSessionTrainer.train(rows, 42));
  }

  @Test
  void aTrainSplitWithoutPoorSessionsIsRefused() {
    List<FirstSessionRow> rows = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      rows.add(
          new FirstSessionRow(
              "s" + d, "t", at(FIRST_DAY.plusDays(d), 10), new double[] {d}, d >= 8));
    }
    assertThatThrownBy(() -> FirstSessionTrainer.train(rows, List.of("x"), 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rated below 3");
  }

  private static FirstSessionRow row(String id, int day, double x, boolean poor) {
    return new FirstSessionRow(id, "t", at(FIRST_DAY.plusDays(day), 10), new double[] {x}, poor);
  }
}
