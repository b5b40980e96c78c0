package com.tutormax.training.models.domain;

import com.tutormax.common.models.ModelArtifact;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * Whether a newly trained model replaces the one in service: it must beat it on the same test rows
 * (the new model's held-out test split), never on numbers measured on different data. With no model
 * in service, a new one is promoted if its test AUC is better than chance.
 */
public final class Promotion {

  /** The decision and its reason, with the serving model's AUC on the same test rows. */
  public record Decision(boolean promote, double servingTestAuc, String reason) {}

  private Promotion() {}

  public static Decision decide(
      TrainedModel candidate, ModelArtifact serving, List<LabelledRow> windowRows) {
    double candidateAuc = candidate.metrics().auc();
    if (Double.isNaN(candidateAuc) || candidateAuc <= 0.5) {
      return new Decision(
          false, Double.NaN, "test AUC " + candidateAuc + " is no better than chance");
    }
    if (serving == null) {
      return new Decision(true, Double.NaN, "no model in service; test AUC " + round(candidateAuc));
    }
    List<LabelledRow> test = TemporalSplit.split(windowRows, LabelledRow::asOfDay).test();
    double servingAuc = aucOf(serving, test);
    if (Double.isNaN(servingAuc) || candidateAuc > servingAuc) {
      return new Decision(
          true,
          servingAuc,
          "test AUC " + round(candidateAuc) + " beats the serving model's " + round(servingAuc));
    }
    return new Decision(
        false,
        servingAuc,
        "test AUC "
            + round(candidateAuc)
            + " does not beat the serving model's "
            + round(servingAuc));
  }

  /** A stored model's AUC on {@code rows} (its calibration keeps the order, so raw scores do). */
  static double aucOf(ModelArtifact artifact, List<LabelledRow> rows) {
    try {
      Booster booster = XGBoost.loadModel(artifact.boosterBytes());
      DMatrix matrix = Boosters.matrix(rows, artifact.featureNames().size());
      try {
        double[] scores = Boosters.toDoubles(Boosters.predict(booster, matrix));
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < labels.length; i++) {
          labels[i] = rows.get(i).churned();
        }
        return Auc.of(scores, labels);
      } finally {
        matrix.dispose();
        booster.dispose();
      }
    } catch (Exception e) {
      // A serving model that cannot score the new rows (other features) is no benchmark.
      return Double.NaN;
    }
  }

  private static double round(double auc) {
    return Math.round(auc * 10_000) / 10_000.0;
  }
}
