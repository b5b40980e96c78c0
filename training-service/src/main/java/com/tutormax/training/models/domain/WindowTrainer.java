package com.tutormax.training.models.domain;

import com.tutormax.common.models.Calibration;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.PlattScaling;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;

/**
 * Trains the XGBoost churn model of one window from its labelled rows: a 70/15/15 temporal split by
 * as-of day; positives weighted by the train split's negatives / positives; a small grid of tree
 * depths and learning rates chosen by validation AUC; Platt scaling fitted on the validation
 * split's raw predictions; and metrics and SHAP feature importance on the test split, which neither
 * the booster nor the choices above have seen. Deterministic for a given seed.
 */
public final class WindowTrainer {

  static final int ROUNDS = 100;
  static final List<Integer> MAX_DEPTHS = List.of(3, 5);
  static final List<Double> ETAS = List.of(0.1, 0.3);

  private WindowTrainer() {}

  /**
   * Trains and evaluates the model of a {@code windowDays} window.
   *
   * @param rows labelled rows over at least 3 distinct as-of days
   * @param featureNames the names of the feature columns, in the order of each row's features
   * @throws IllegalArgumentException if the rows cannot be split or the train split lacks positives
   *     or negatives
   */
  public static TrainedModel train(
      int windowDays, List<LabelledRow> rows, List<String> featureNames, long seed) {
    return run(windowDays, rows, featureNames, seed).model();
  }

  /** The trained model with the in-memory booster's raw predictions on the test split, in order. */
  record Run(TrainedModel model, float[] testPredictions) {}

  static Run run(int windowDays, List<LabelledRow> rows, List<String> featureNames, long seed) {
    checkInputs(windowDays, rows, featureNames);
    TemporalSplit.Split<LabelledRow> split = TemporalSplit.split(rows, LabelledRow::asOfDay);
    SplitStats trainStats = SplitStats.of(split.train());
    if (trainStats.positives() == 0 || trainStats.negatives() == 0) {
      throw new IllegalArgumentException(
          "the train split of the "
              + windowDays
              + "-day window needs churned and retained rows, got "
              + trainStats.positives()
              + " churned of "
              + trainStats.rows()
              + " (as-of days "
              + trainStats.firstDay()
              + " to "
              + trainStats.lastDay()
              + ")");
    }
    double scalePosWeight = trainStats.negatives() / (double) trainStats.positives();
    int width = featureNames.size();
    boolean[] validationLabels = labels(split.validation());

    DMatrix train = Boosters.matrix(split.train(), width);
    DMatrix validation = Boosters.matrix(split.validation(), width);
    DMatrix test = Boosters.matrix(split.test(), width);
    Booster best = null;
    try {
      BoosterParams bestParams = null;
      double bestAuc = Double.NaN;
      double[] bestValidation = null;
      // A NaN AUC (one-class validation) never wins, so the first grid point is then kept.
      for (BoosterParams params : grid(scalePosWeight)) {
        Booster booster = Boosters.train(train, params, seed);
        double[] predicted = Boosters.toDoubles(Boosters.predict(booster, validation));
        double auc = Auc.of(predicted, validationLabels);
        if (best == null || auc > bestAuc) {
          if (best != null) {
            best.dispose();
          }
          best = booster;
          bestParams = params;
          bestAuc = auc;
          bestValidation = predicted;
        } else {
          booster.dispose();
        }
      }
      Calibration calibration = calibrate(bestValidation, validationLabels);

      float[] testPredictions = Boosters.predict(best, test);
      double[] raw = Boosters.toDoubles(testPredictions);
      double[] calibrated = new double[raw.length];
      for (int i = 0; i < raw.length; i++) {
        calibrated[i] = calibration.apply(raw[i]);
      }
      ModelMetrics metrics =
          ModelMetrics.evaluate(
              raw,
              calibrated,
              split.test(),
              bestAuc,
              trainStats,
              SplitStats.of(split.validation()),
              SplitStats.of(split.test()));
      List<FeatureImportance> importance =
          FeatureImportance.rank(featureNames, Boosters.contributions(best, test));
      List<TestPrediction> predictions = new ArrayList<>(calibrated.length);
      for (int i = 0; i < calibrated.length; i++) {
        LabelledRow row = split.test().get(i);
        predictions.add(
            new TestPrediction(row.tutorId(), row.asOfDay(), calibrated[i], row.churned()));
      }
      TrainedModel model =
          new TrainedModel(
              windowDays,
              bestParams,
              featureNames,
              Boosters.bytes(best),
              calibration,
              metrics,
              importance,
              trainStats.firstDay(),
              SplitStats.of(split.test()).lastDay(),
              predictions);
      return new Run(model, testPredictions);
    } finally {
      if (best != null) {
        best.dispose();
      }
      train.dispose();
      validation.dispose();
      test.dispose();
    }
  }

  /** The hyper-parameters tried, in a fixed order (earlier wins a tie). */
  static List<BoosterParams> grid(double scalePosWeight) {
    List<BoosterParams> grid = new ArrayList<>();
    for (int depth : MAX_DEPTHS) {
      for (double eta : ETAS) {
        grid.add(new BoosterParams(depth, eta, ROUNDS, scalePosWeight));
      }
    }
    return grid;
  }

  /** Platt scaling on the validation split, or none if it holds a single class (nothing to fit). */
  static Calibration calibrate(double[] validationPredictions, boolean[] validationLabels) {
    boolean positive = false;
    boolean negative = false;
    for (boolean label : validationLabels) {
      positive |= label;
      negative |= !label;
    }
    if (!positive || !negative) {
      return Calibration.none();
    }
    return PlattScaling.fit(validationPredictions, validationLabels).toCalibration();
  }

  private static void checkInputs(
      int windowDays, List<LabelledRow> rows, List<String> featureNames) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least one day: " + windowDays);
    }
    if (featureNames.isEmpty()) {
      throw new IllegalArgumentException("no feature names");
    }
    for (LabelledRow row : rows) {
      if (row.features().length != featureNames.size()) {
        throw new IllegalArgumentException(
            "row of "
                + row.tutorId()
                + " on "
                + row.asOfDay()
                + " has "
                + row.features().length
                + " features, expected "
                + featureNames.size());
      }
    }
  }

  private static boolean[] labels(List<LabelledRow> rows) {
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rows.get(i).churned();
    }
    return labels;
  }
}
