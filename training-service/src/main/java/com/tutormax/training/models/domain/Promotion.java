package com.tutormax.training.models.domain;

import com.tutormax.common.models.ModelArtifact;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.Brier;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * The champion/challenger gate: whether a newly trained model (the challenger) replaces the one in
 * service (the champion). Both are measured on the same rows — the challenger's held-out test split
 * — never on numbers measured on different data. The challenger is promoted when it is at least as
 * good on both AUC (no more than {@value #AUC_TOLERANCE} lower) and Brier score (no more than
 * {@value #BRIER_TOLERANCE} higher), and strictly better on at least one: a tie changes nothing, so
 * retraining on the same data does not churn the serving model. With no champion, a challenger is
 * promoted if its test AUC is better than chance.
 */
public final class Promotion {

  /** How much lower a challenger's test AUC may be and still count as "as good". */
  public static final double AUC_TOLERANCE = 0.005;

  /** How much higher a challenger's test Brier score may be and still count as "as good". */
  public static final double BRIER_TOLERANCE = 0.005;

  /**
   * The decision and its reason, with the champion's AUC and Brier score on the same test rows (NaN
   * without a champion).
   */
  public record Decision(
      boolean promote, double championTestAuc, double championTestBrier, String reason) {}

  private Promotion() {}

  public static Decision decide(
      TrainedModel challenger, ModelArtifact champion, List<LabelledRow> windowRows) {
    double auc = challenger.metrics().auc();
    double brier = challenger.metrics().brier();
    if (Double.isNaN(auc) || auc <= 0.5) {
      return new Decision(
          false, Double.NaN, Double.NaN, "test AUC " + round(auc) + " is no better than chance");
    }
    if (champion == null) {
      return new Decision(
          true, Double.NaN, Double.NaN, "no champion; test AUC " + round(auc) + " beats chance");
    }
    List<LabelledRow> test = TemporalSplit.split(windowRows, LabelledRow::asOfDay).test();
    Score held = scoreOf(champion, challenger.featureNames(), test);
    if (Double.isNaN(held.auc()) || Double.isNaN(held.brier())) {
      return new Decision(
          true,
          held.auc(),
          held.brier(),
          "the champion cannot be measured on these test rows (other features)");
    }
    String versus =
        "test AUC "
            + round(auc)
            + " vs "
            + round(held.auc())
            + ", Brier "
            + round(brier)
            + " vs "
            + round(held.brier());
    if (auc < held.auc() - AUC_TOLERANCE || brier > held.brier() + BRIER_TOLERANCE) {
      return new Decision(false, held.auc(), held.brier(), versus + ": worse than the champion");
    }
    if (auc <= held.auc() && brier >= held.brier()) {
      return new Decision(
          false, held.auc(), held.brier(), versus + ": no better than the champion");
    }
    return new Decision(true, held.auc(), held.brier(), versus + ": at least as good, and better");
  }

  /** A stored model's AUC and Brier score (on its calibrated probabilities). */
  record Score(double auc, double brier) {}

  /**
   * A stored model measured on {@code rows} (whose columns are {@code featureNames}); NaN if it
   * cannot score them: a model of other features would read the wrong columns.
   */
  static Score scoreOf(ModelArtifact artifact, List<String> featureNames, List<LabelledRow> rows) {
    if (!artifact.featureNames().equals(featureNames)) {
      return new Score(Double.NaN, Double.NaN);
    }
    try {
      Booster booster = XGBoost.loadModel(artifact.boosterBytes());
      DMatrix matrix = Boosters.matrix(rows, artifact.featureNames().size());
      try {
        double[] raw = Boosters.toDoubles(Boosters.predict(booster, matrix));
        double[] probabilities = new double[raw.length];
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < labels.length; i++) {
          probabilities[i] = artifact.calibration().apply(raw[i]);
          labels[i] = rows.get(i).churned();
        }
        return new Score(Auc.of(probabilities, labels), Brier.score(probabilities, labels));
      } finally {
        matrix.dispose();
        booster.dispose();
      }
    } catch (Exception e) {
      return new Score(Double.NaN, Double.NaN);
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
