package com.tutormax.training.firstsession.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstSessionPromotionTest {

  private final List<FirstSessionRow> rows =
      FirstSessionFixtures.synthetic(5, 30, 40, FirstSessionFeatures.NAMES.size());
  private final TrainedFirstSessionModel candidate = FirstSessionTrainer.train(rows, 42);

  @Test
  void withNonePromotedABetterThanChanceModelIsPromoted() {
    FirstSessionPromotion.Decision d = FirstSessionPromotion.decide(candidate, null, rows);
    assertThat(d.promote()).isTrue();
    assertThat(d.servingTestAuc()).isNaN();
  }

  @Test
  void theSameModelDoesNotBeatItselfOnTheSameRows() {
    FirstSessionPromotion.Decision d =
        FirstSessionPromotion.decide(candidate, candidate.model(), rows);
    assertThat(d.promote()).isFalse();
    assertThat(d.servingTestAuc()).isEqualTo(candidate.metrics().auc());
    assertThat(d.reason()).contains("does not beat");
  }

  @Test
  void aWorseServingModelIsReplaced() {
    // The serving model reads the planted signal backwards.
    List<LogisticModel.Coefficient> flipped = new ArrayList<>();
    for (LogisticModel.Coefficient c : candidate.model().coefficients()) {
      flipped.add(new LogisticModel.Coefficient(c.feature(), -c.coefficient(), c.mean(), c.std()));
    }
    FirstSessionPromotion.Decision d =
        FirstSessionPromotion.decide(candidate, new LogisticModel(0, flipped), rows);
    assertThat(d.promote()).isTrue();
    assertThat(d.servingTestAuc()).isLessThan(0.5);
  }

  @Test
  void aServingModelOfOtherFeaturesIsNoBenchmark() {
    LogisticModel other =
        new LogisticModel(0, List.of(new LogisticModel.Coefficient("old_feature", 1, 0, 1)));
    FirstSessionPromotion.Decision d = FirstSessionPromotion.decide(candidate, other, rows);
    assertThat(d.promote()).isTrue();
    assertThat(d.servingTestAuc()).isNaN();
  }

  @Test
  void noBetterThanChanceIsNeverPromoted() {
    FirstSessionMetrics m = candidate.metrics();
    FirstSessionMetrics chance =
        new FirstSessionMetrics(
            0.5,
            m.threshold(),
            m.flagged(),
            m.precision(),
            m.recall(),
            m.precisionAtTop10(),
            m.brier(),
            m.validationAuc(),
            m.train(),
            m.validation(),
            m.test());
    TrainedFirstSessionModel coinFlip =
        new TrainedFirstSessionModel(
            candidate.model(),
            candidate.lambda(),
            candidate.rounds(),
            chance,
            candidate.dataFrom(),
            candidate.dataThrough());

    FirstSessionPromotion.Decision d = FirstSessionPromotion.decide(coinFlip, null, rows);

    assertThat(d.promote()).isFalse();
    assertThat(d.reason()).contains("no better than chance");
  }
}
