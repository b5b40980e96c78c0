package com.tutormax.training.models.domain;

import com.tutormax.training.evaluation.domain.AlertRecall;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.Brier;
import com.tutormax.training.evaluation.domain.PrecisionAtTop;
import com.tutormax.training.evaluation.domain.Reliability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a window's model did on its test split, on calibrated probabilities unless named raw: AUC,
 * the early-warning AUC (only rows of tutors who had not left yet: a tutor gone silent but not yet
 * detected is an easy positive that says nothing about warning ahead), precision among the top 10%,
 * precision and recall per alert level (25, 50, 75), Brier score (and the raw model's, to show what
 * calibration gained), 10 reliability bins and their ECE; plus the validation AUC the
 * hyper-parameters were chosen by, and the size of each split.
 */
public record ModelMetrics(
    double auc,
    double earlyWarningAuc,
    double precisionAtTop10,
    Map<Integer, AlertOutcome> alerts,
    double brier,
    double rawBrier,
    List<Reliability.Bin> reliability,
    double ece,
    double validationAuc,
    SplitStats train,
    SplitStats validation,
    SplitStats test) {

  /** The PRD's alert levels on a 0–100 score. */
  public static final List<Integer> ALERT_LEVELS = List.of(25, 50, 75);

  static final int RELIABILITY_BINS = 10;

  public ModelMetrics {
    alerts = Collections.unmodifiableMap(new LinkedHashMap<>(alerts));
    reliability = List.copyOf(reliability);
  }

  static ModelMetrics evaluate(
      double[] raw,
      double[] calibrated,
      List<LabelledRow> testRows,
      double validationAuc,
      SplitStats train,
      SplitStats validation,
      SplitStats test) {
    boolean[] labels = new boolean[testRows.size()];
    List<Integer> stillThere = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = testRows.get(i).churned();
      if (!testRows.get(i).alreadyLeft()) {
        stillThere.add(i);
      }
    }
    double[] earlyScores = new double[stillThere.size()];
    boolean[] earlyLabels = new boolean[stillThere.size()];
    for (int j = 0; j < earlyScores.length; j++) {
      earlyScores[j] = calibrated[stillThere.get(j)];
      earlyLabels[j] = labels[stillThere.get(j)];
    }
    double[] scores = new double[calibrated.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = calibrated[i] * 100;
    }
    Map<Integer, AlertOutcome> alerts = new LinkedHashMap<>();
    for (int level : ALERT_LEVELS) {
      AlertRecall.Result result = AlertRecall.at(scores, labels, level);
      alerts.put(level, new AlertOutcome(result.flagged(), result.precision(), result.recall()));
    }
    List<Reliability.Bin> bins = Reliability.bins(calibrated, labels, RELIABILITY_BINS);
    return new ModelMetrics(
        Auc.of(calibrated, labels),
        Auc.of(earlyScores, earlyLabels),
        PrecisionAtTop.of(calibrated, labels, 0.10),
        alerts,
        Brier.score(calibrated, labels),
        Brier.score(raw, labels),
        bins,
        Reliability.expectedCalibrationError(bins),
        validationAuc,
        train,
        validation,
        test);
  }
}
