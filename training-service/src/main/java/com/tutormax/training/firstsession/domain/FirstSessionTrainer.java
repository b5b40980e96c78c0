package com.tutormax.training.firstsession.domain;

import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains the first-session model: an L2-regularised logistic regression fitted by XGBoost's linear
 * booster ({@code booster=gblinear}, {@code objective=binary:logistic}: a linear margin under the
 * log-loss plus λ/2·‖w‖², the intercept unpenalised; XGBoost is Apache-2.0 and already trains the
 * churn models). Features are standardised with the train split's means and standard deviations. A
 * 70/15/15 temporal split by session day; λ from a small grid, chosen by validation AUC; metrics on
 * the test split, which neither the fit nor the choice of λ has seen. The coefficients are read
 * back from the booster as margins (the intercept is the margin of the all-mean row, a coefficient
 * the margin gained by one standard deviation of its feature), so they include XGBoost's base score
 * and reproduce its predictions exactly. Deterministic: one thread, cyclic coordinate descent.
 */
public final class FirstSessionTrainer {

  /** The L2 strengths tried (XGBoost scales λ by the rows, so these are per row), in order. */
  static final List<Double> LAMBDAS = List.of(0.0001, 0.001, 0.01, 0.1);

  static final int ROUNDS = 200;
  static final double ETA = 0.5;

  private FirstSessionTrainer() {}

  /**
   * Trains and evaluates on {@code rows} (features in {@link FirstSessionFeatures#NAMES} order).
   *
   * @throws IllegalArgumentException if the rows span fewer than 3 days or the train split lacks
   *     poorly or well rated sessions
   */
  public static TrainedFirstSessionModel train(List<FirstSessionRow> rows, long seed) {
    return train(rows, FirstSessionFeatures.NAMES, seed);
  }

  static TrainedFirstSessionModel train(List<FirstSessionRow> rows, List<String> names, long seed) {
    for (FirstSessionRow row : rows) {
      if (row.features().length != names.size()) {
        throw new IllegalArgumentException(
            "row " + row.sessionId() + " has " + row.features().length + " features");
      }
    }
    TemporalSplit.Split<FirstSessionRow> split = TemporalSplit.split(rows, FirstSessionRow::day);
    FirstSessionMetrics.Split train = FirstSessionMetrics.Split.of(split.train());
    if (train.positives() == 0 || train.negatives() == 0) {
      throw new IllegalArgumentException(
          "the train split needs first sessions rated below 3 and others, got "
              + train.positives()
              + " of "
              + train.rows()
              + " (days "
              + train.firstDay()
              + " to "
              + train.lastDay()
              + ")");
    }
    boolean[] validationLabels = labels(split.validation());
    LogisticModel best = null;
    double bestLambda = Double.NaN;
    double bestAuc = Double.NaN;
    // A NaN AUC (one-class validation) never wins, so the first λ is then kept.
    for (double lambda : LAMBDAS) {
      LogisticModel model = fit(split.train(), names, lambda, seed);
      double auc = Auc.of(probabilities(model, split.validation()), validationLabels);
      if (best == null || auc > bestAuc) {
        best = model;
        bestLambda = lambda;
        bestAuc = auc;
      }
    }
    FirstSessionMetrics metrics =
        FirstSessionMetrics.evaluate(
            probabilities(best, split.test()),
            labels(split.test()),
            bestAuc,
            train,
            FirstSessionMetrics.Split.of(split.validation()),
            FirstSessionMetrics.Split.of(split.test()));
    return new TrainedFirstSessionModel(
        best, bestLambda, ROUNDS, metrics, train.firstDay(), metrics.test().lastDay());
  }

  /** Fits the regression on {@code rows} with L2 strength {@code lambda}. */
  static LogisticModel fit(
      List<FirstSessionRow> rows, List<String> names, double lambda, long seed) {
    int width = names.size();
    List<double[]> raw = new ArrayList<>(rows.size());
    rows.forEach(r -> raw.add(r.features()));
    Standardizer standardizer = Standardizer.fit(raw, width);
    float[] values = new float[rows.size() * width];
    float[] labels = new float[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] z = standardizer.apply(raw.get(i));
      for (int j = 0; j < width; j++) {
        values[i * width + j] = (float) z[j];
      }
      labels[i] = rows.get(i).poor() ? 1 : 0;
    }
    // The all-mean row, then one standard deviation up on each feature in turn.
    float[] probes = new float[(width + 1) * width];
    for (int j = 0; j < width; j++) {
      probes[(j + 1) * width + j] = 1;
    }
    DMatrix train = null;
    DMatrix probe = null;
    Booster booster = null;
    try {
      train = new DMatrix(values, rows.size(), width, Float.NaN);
      train.setLabel(labels);
      probe = new DMatrix(probes, width + 1, width, Float.NaN);
      booster = XGBoost.train(train, params(lambda, seed), ROUNDS, Map.of(), null, null);
      float[][] margins = booster.predict(probe, true);
      double intercept = margins[0][0];
      double[] weights = new double[width];
      for (int j = 0; j < width; j++) {
        weights[j] = margins[j + 1][0] - intercept;
      }
      return LogisticModel.of(names, intercept, weights, standardizer.means(), standardizer.stds());
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed to fit the first-session model", e);
    } finally {
      if (booster != null) {
        booster.dispose();
      }
      if (probe != null) {
        probe.dispose();
      }
      if (train != null) {
        train.dispose();
      }
    }
  }

  /** XGBoost's linear booster as a logistic regression: single-threaded, cyclic, seeded. */
  static Map<String, Object> params(double lambda, long seed) {
    Map<String, Object> params = new HashMap<>();
    params.put("booster", "gblinear");
    params.put("objective", "binary:logistic");
    params.put("updater", "coord_descent");
    params.put("feature_selector", "cyclic");
    params.put("lambda", lambda);
    params.put("alpha", 0.0);
    params.put("eta", ETA);
    params.put("nthread", 1);
    params.put("verbosity", 0);
    params.put("seed", seed);
    return params;
  }

  static double[] probabilities(LogisticModel model, List<FirstSessionRow> rows) {
    double[] p = new double[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probability(rows.get(i).features());
    }
    return p;
  }

  static boolean[] labels(List<FirstSessionRow> rows) {
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rows.get(i).poor();
    }
    return labels;
  }
}
