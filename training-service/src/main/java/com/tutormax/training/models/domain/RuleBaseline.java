package com.tutormax.training.models.domain;

import com.tutormax.training.evaluation.domain.TemporalSplit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule score measured like a model, as the baseline a model must be judged against: on the same
 * test split (same as-of dates) of the window's rows, with the 0–100 rule score read as a
 * probability (score / 100) for Brier and calibration.
 */
public final class RuleBaseline {

  private RuleBaseline() {}

  /**
   * The rule score's metrics on the window's test split.
   *
   * @param rows the window's labelled rows
   * @param ruleScores each row's rule score (0–100), in the order of {@code rows}
   */
  public static ModelMetrics of(List<LabelledRow> rows, double[] ruleScores) {
    if (rows.size() != ruleScores.length) {
      throw new IllegalArgumentException("one rule score per row is needed");
    }
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      scored.add(new Scored(rows.get(i), ruleScores[i]));
    }
    TemporalSplit.Split<Scored> split = TemporalSplit.split(scored, s -> s.row().asOfDay());
    List<Scored> test = split.test();
    double[] probabilities = new double[test.size()];
    for (int i = 0; i < test.size(); i++) {
      probabilities[i] = Math.max(0, Math.min(100, test.get(i).score())) / 100.0;
    }
    return ModelMetrics.evaluate(
        probabilities,
        probabilities,
        rowsOf(test),
        Double.NaN,
        SplitStats.of(rowsOf(split.train())),
        SplitStats.of(rowsOf(split.validation())),
        SplitStats.of(rowsOf(test)));
  }

  private static List<LabelledRow> rowsOf(List<Scored> scored) {
    return scored.stream().map(Scored::row).toList();
  }

  private record Scored(LabelledRow row, double score) {}
}
