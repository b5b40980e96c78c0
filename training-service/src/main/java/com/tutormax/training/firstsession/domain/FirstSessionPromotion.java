package com.tutormax.training.firstsession.domain;

import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.List;

/**
 * Whether a new first-session model replaces the champion: its test AUC must beat the champion's on
 * the same test rows (the new model's held-out test split, scored by both), never on numbers
 * measured on different data; with no champion, its test AUC must be better than chance. A champion
 * that cannot score the rows (other features) is no benchmark. (Only ranking is judged here: the
 * churn windows' gate also weighs the Brier score, see {@code models.domain.Promotion}.)
 */
public final class FirstSessionPromotion {

  /** The decision and its reason, with the promoted model's AUC on the same test rows. */
  public record Decision(boolean promote, double servingTestAuc, String reason) {}

  private FirstSessionPromotion() {}

  /**
   * @param serving the promoted model, or null
   * @param rows every row the candidate was trained and tested on (the test split is recomputed)
   */
  public static Decision decide(
      TrainedFirstSessionModel candidate, LogisticModel serving, List<FirstSessionRow> rows) {
    double candidateAuc = candidate.metrics().auc();
    if (Double.isNaN(candidateAuc) || candidateAuc <= 0.5) {
      return new Decision(
          false, Double.NaN, "test AUC " + round(candidateAuc) + " is no better than chance");
    }
    if (serving == null) {
      return new Decision(true, Double.NaN, "no model promoted; test AUC " + round(candidateAuc));
    }
    double servingAuc = aucOf(serving, TemporalSplit.split(rows, FirstSessionRow::day).test());
    if (Double.isNaN(servingAuc) || candidateAuc > servingAuc) {
      return new Decision(
          true,
          servingAuc,
          "test AUC " + round(candidateAuc) + " beats the promoted model's " + round(servingAuc));
    }
    return new Decision(
        false,
        servingAuc,
        "test AUC "
            + round(candidateAuc)
            + " does not beat the promoted model's "
            + round(servingAuc));
  }

  /** A model's AUC on {@code rows}; NaN if its features are not the rows'. */
  static double aucOf(LogisticModel model, List<FirstSessionRow> rows) {
    if (!model.featureNames().equals(FirstSessionFeatures.NAMES)) {
      return Double.NaN;
    }
    return Auc.of(FirstSessionTrainer.probabilities(model, rows), FirstSessionTrainer.labels(rows));
  }

  private static double round(double auc) {
    return Math.round(auc * 10_000) / 10_000.0;
  }
}
