package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.models.ModelArtifact;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The champion/challenger gate, with a real champion measured on the challenger's test rows. */
class PromotionTest {

  private static List<LabelledRow> rows;
  private static TrainedModel trained;
  private static ModelArtifact champion;
  private static Promotion.Score held;

  @BeforeAll
  static void trainAChampion() {
    rows = SyntheticRows.generate(42, 40, 50);
    trained = WindowTrainer.train(30, rows, SyntheticRows.NAMES, 7);
    champion = trained.toArtifact("churn-30d-v1", "v1");
    held =
        Promotion.scoreOf(
            champion, SyntheticRows.NAMES, TemporalSplit.split(rows, LabelledRow::asOfDay).test());
  }

  @Test
  void theChampionIsMeasuredOnTheChallengersTestRowsLikeTheChallengerItself() {
    // The champion is the same model here: same rows, same calibrated probabilities.
    assertThat(held.auc())
        .isCloseTo(trained.metrics().auc(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(held.brier())
        .isCloseTo(trained.metrics().brier(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void withoutAChampionAModelBetterThanChanceIsPromoted() {
    assertThat(Promotion.decide(challenger(0.70, 0.2), null, rows).promote()).isTrue();
    assertThat(Promotion.decide(challenger(0.50, 0.2), null, rows).promote()).isFalse();
    assertThat(Promotion.decide(challenger(Double.NaN, 0.2), null, rows).promote()).isFalse();
  }

  @Test
  void aWorseChallengerIsNotPromoted() {
    Promotion.Decision lowerAuc = decide(held.auc() - 0.02, held.brier() - 0.01);
    assertThat(lowerAuc.promote()).isFalse();
    assertThat(lowerAuc.reason()).contains("worse than the champion");
    assertThat(lowerAuc.championTestAuc()).isEqualTo(held.auc());
    assertThat(lowerAuc.championTestBrier()).isEqualTo(held.brier());
    assertThat(decide(held.auc() + 0.02, held.brier() + 0.006).promote()).isFalse();
  }

  @Test
  void aTieChangesNothing() {
    Promotion.Decision tie = decide(held.auc(), held.brier());
    assertThat(tie.promote()).isFalse();
    assertThat(tie.reason()).contains("no better than the champion");
  }

  @Test
  void asGoodWithinTheToleranceAndBetterOnOneMetricIsPromoted() {
    // AUC 0.004 lower (tolerance 0.005) but a clearly better Brier score.
    assertThat(decide(held.auc() - 0.004, held.brier() - 0.01).promote()).isTrue();
    // Brier 0.004 higher (tolerance 0.005) but a better AUC.
    assertThat(decide(held.auc() + 0.01, held.brier() + 0.004).promote()).isTrue();
  }

  @Test
  void aChampionOfOtherFeaturesCannotBeMeasuredAndIsReplaced() {
    ModelArtifact otherFeatures =
        ModelArtifact.of(
            "churn-30d-v0",
            30,
            "v0",
            List.of("a"),
            champion.boosterBytes(),
            champion.calibration());
    Promotion.Decision decision = Promotion.decide(challenger(0.6, 0.3), otherFeatures, rows);
    assertThat(decision.promote()).as(decision.reason()).isTrue();
    assertThat(decision.championTestAuc()).isNaN();
  }

  private static Promotion.Decision decide(double auc, double brier) {
    return Promotion.decide(challenger(auc, brier), champion, rows);
  }

  /** The trained model with the given test AUC and Brier score. */
  private static TrainedModel challenger(double auc, double brier) {
    ModelMetrics m = trained.metrics();
    ModelMetrics metrics =
        new ModelMetrics(
            auc,
            auc,
            m.precisionAtTop10(),
            Map.of(),
            brier,
            brier,
            m.reliability(),
            m.ece(),
            m.validationAuc(),
            m.train(),
            m.validation(),
            m.test());
    return new TrainedModel(
        trained.windowDays(),
        trained.params(),
        trained.featureNames(),
        trained.booster(),
        trained.calibration(),
        metrics,
        trained.importance(),
        trained.dataFrom(),
        trained.dataThrough(),
        trained.testPredictions());
  }
}
