package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.models.Calibration;
import com.tutormax.common.models.ModelArtifact;
import com.tutormax.training.evaluation.domain.Reliability;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowTrainerTest {

  // 60 days split 42/9/9 (TemporalSplit: 9 = floor(0.15 · 60) held-out days each).
  private static final int DAYS = 60;
  private static final int ROWS_PER_DAY = 50;
  private static final int TRAIN_DAYS = 42;
  private static final long SEED = 7;

  private static List<LabelledRow> rows;
  private static WindowTrainer.Run run;
  private static TrainedModel model;

  @BeforeAll
  static void trainOnce() {
    rows = SyntheticRows.generate(42, DAYS, ROWS_PER_DAY);
    long start = System.nanoTime();
    run = WindowTrainer.run(30, rows, SyntheticRows.NAMES, SEED);
    model = run.model();
    double prevalence = model.metrics().test().positives() / (double) model.metrics().test().rows();
    System.out.printf(
        "WindowTrainer: test AUC %.4f, validation AUC %.4f, Brier %.4f (raw %.4f, base rate %.4f),"
            + " ECE %.4f, params %s, trained in %d ms%n",
        model.metrics().auc(),
        model.metrics().validationAuc(),
        model.metrics().brier(),
        model.metrics().rawBrier(),
        prevalence * (1 - prevalence),
        model.metrics().ece(),
        model.params(),
        (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void rankingOnTheTestSplitBeatsTheThreshold() {
    assertThat(model.metrics().auc()).isGreaterThan(0.75);
    // Top 10% is far richer in churners than the ~15% base rate.
    assertThat(model.metrics().precisionAtTop10()).isGreaterThan(0.4);
  }

  @Test
  void calibrationMakesTheWeightedProbabilitiesHonest() {
    ModelMetrics metrics = model.metrics();
    double prevalence = metrics.test().positives() / (double) metrics.test().rows();
    double baseRateBrier = prevalence * (1 - prevalence);

    assertThat(model.calibration().kind()).isEqualTo(Calibration.Kind.PLATT);
    assertThat(metrics.brier()).isLessThanOrEqualTo(metrics.rawBrier() + 0.005);
    assertThat(metrics.brier()).isLessThan(baseRateBrier);
    assertThat(metrics.ece()).isBetween(0.0, 0.1);
  }

  @Test
  void reportsEveryAlertLevelAndTenReliabilityBins() {
    ModelMetrics metrics = model.metrics();
    assertThat(metrics.alerts()).containsOnlyKeys(25, 50, 75);
    // A higher level flags fewer rows.
    assertThat(metrics.alerts().get(25).flagged())
        .isGreaterThanOrEqualTo(metrics.alerts().get(50).flagged());
    assertThat(metrics.alerts().get(50).flagged())
        .isGreaterThanOrEqualTo(metrics.alerts().get(75).flagged());
    assertThat(metrics.alerts().get(25).recall()).isBetween(0.0, 1.0);
    assertThat(metrics.reliability()).hasSize(10);
    assertThat(metrics.reliability().stream().mapToInt(Reliability.Bin::count).sum())
        .isEqualTo(metrics.test().rows());
  }

  @Test
  void importanceRanksTheSignalsAboveTheNoise() {
    List<FeatureImportance> importance = model.importance();
    assertThat(importance).hasSize(SyntheticRows.NAMES.size());
    assertThat(importance.subList(0, 3))
        .extracting(FeatureImportance::name)
        .containsExactlyInAnyOrderElementsOf(SyntheticRows.SIGNALS);
    assertThat(importance)
        .extracting(FeatureImportance::meanAbsShap)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // signal_a has the largest coefficient.
    assertThat(importance.get(0).name()).isEqualTo("signal_a");
  }

  @Test
  void theArtifactLoadsAndPredictsLikeTheTrainedBooster() throws Exception {
    ModelArtifact artifact = model.toArtifact("churn-30d", "v1");
    assertThat(artifact.windowDays()).isEqualTo(30);
    assertThat(artifact.featureNames()).isEqualTo(SyntheticRows.NAMES);
    assertThat(artifact.calibration()).isEqualTo(model.calibration());

    List<LabelledRow> test = TemporalSplit.split(rows, LabelledRow::asOfDay).test();
    Booster loaded = XGBoost.loadModel(artifact.boosterBytes());
    DMatrix matrix = Boosters.matrix(test, SyntheticRows.NAMES.size());
    try {
      float[] predicted = Boosters.predict(loaded, matrix);
      assertThat(predicted).hasSize(model.metrics().test().rows());
      assertThat(predicted).containsExactly(run.testPredictions());
    } finally {
      matrix.dispose();
      loaded.dispose();
    }
  }

  @Test
  void splitsNeverShareAnAsOfDay() {
    ModelMetrics metrics = model.metrics();
    assertThat(metrics.train().lastDay()).isBefore(metrics.validation().firstDay());
    assertThat(metrics.validation().lastDay()).isBefore(metrics.test().firstDay());
    LocalDate first = SyntheticRows.FIRST_DAY;
    assertThat(List.of(metrics.train().firstDay(), metrics.train().lastDay()))
        .containsExactly(first, first.plusDays(TRAIN_DAYS - 1));
    assertThat(List.of(metrics.validation().firstDay(), metrics.validation().lastDay()))
        .containsExactly(first.plusDays(TRAIN_DAYS), first.plusDays(TRAIN_DAYS + 8));
    assertThat(List.of(metrics.test().firstDay(), metrics.test().lastDay()))
        .containsExactly(first.plusDays(TRAIN_DAYS + 9), first.plusDays(DAYS - 1));
    assertThat(metrics.train().rows()).isEqualTo(TRAIN_DAYS * ROWS_PER_DAY);
    assertThat(metrics.validation().rows()).isEqualTo(9 * ROWS_PER_DAY);
    assertThat(metrics.test().rows()).isEqualTo(9 * ROWS_PER_DAY);
  }

  @Test
  void positivesAreWeightedByTheTrainImbalanceAndParamsComeFromTheGrid() {
    SplitStats train = model.metrics().train();
    assertThat(model.params().scalePosWeight())
        .isEqualTo(train.negatives() / (double) train.positives());
    assertThat(model.params().scalePosWeight()).isGreaterThan(3);
    assertThat(WindowTrainer.grid(model.params().scalePosWeight())).contains(model.params());
  }

  @Test
  void theSameSeedTrainsTheSameModel() {
    TrainedModel again = WindowTrainer.train(30, rows, SyntheticRows.NAMES, SEED);
    assertThat(again.booster()).isEqualTo(model.booster());
    assertThat(again.params()).isEqualTo(model.params());
    assertThat(again.metrics()).isEqualTo(model.metrics());
  }

  @Test
  void aTrainSplitWithoutChurnersIsRefused() {
    List<LabelledRow> noEarlyChurn = relabelTrainDays(false);
    assertThatThrownBy(() -> WindowTrainer.train(30, noEarlyChurn, SyntheticRows.NAMES, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs churned and retained rows")
        .hasMessageContaining("got 0 churned");
  }

  @Test
  void aTrainSplitWithoutRetainedTutorsIsRefused() {
    List<LabelledRow> allEarlyChurn = relabelTrainDays(true);
    assertThatThrownBy(() -> WindowTrainer.train(30, allEarlyChurn, SyntheticRows.NAMES, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs churned and retained rows");
  }

  @Test
  void rowsOfTheWrongWidthAreRefused() {
    List<LabelledRow> bad = new ArrayList<>(rows);
    bad.set(0, new LabelledRow("t", SyntheticRows.FIRST_DAY, new float[2], false));
    assertThatThrownBy(() -> WindowTrainer.train(30, bad, SyntheticRows.NAMES, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 6");
  }

  @Test
  void aSingleClassValidationSplitIsLeftUncalibrated() {
    assertThat(WindowTrainer.calibrate(new double[] {0.2, 0.7}, new boolean[] {false, false}))
        .isEqualTo(Calibration.none());
    assertThat(WindowTrainer.calibrate(new double[] {0.2, 0.7}, new boolean[] {false, true}).kind())
        .isEqualTo(Calibration.Kind.PLATT);
  }

  /** The rows with every train-split day (the first 42) relabelled to {@code churned}. */
  private static List<LabelledRow> relabelTrainDays(boolean churned) {
    return rows.stream()
        .map(
            row ->
                row.asOfDay().isBefore(SyntheticRows.FIRST_DAY.plusDays(TRAIN_DAYS))
                    ? new LabelledRow(row.tutorId(), row.asOfDay(), row.features(), churned)
                    : row)
        .collect(Collectors.toList());
  }
}
