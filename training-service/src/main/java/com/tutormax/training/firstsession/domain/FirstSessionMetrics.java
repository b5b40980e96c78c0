package com.tutormax.training.firstsession.domain;

import com.tutormax.training.evaluation.domain.AlertRecall;
import com.tutormax.training.evaluation.domain.Auc;
import com.tutormax.training.evaluation.domain.Brier;
import com.tutormax.training.evaluation.domain.PrecisionAtTop;
import java.time.LocalDate;
import java.util.List;

/**
 * How the first-session model did on its test split: AUC-ROC, precision and recall of the reminder
 * rule (probability strictly above 0.5) with the sessions it would flag, precision among the top
 * 10%, Brier score; the validation AUC the regularisation was chosen by; and each split's size,
 * positives and day range. Precision is NaN when nothing is flagged, recall when there are no
 * positives.
 */
public record FirstSessionMetrics(
    double auc,
    double threshold,
    int flagged,
    double precision,
    double recall,
    double precisionAtTop10,
    double brier,
    double validationAuc,
    Split train,
    Split validation,
    Split test) {

  /** The PRD's reminder rule: risk above 50%. */
  public static final double REMINDER_THRESHOLD = 0.5;

  /** Size, positives (rated below 3) and day range of a split. */
  public record Split(int rows, int positives, LocalDate firstDay, LocalDate lastDay) {

    static Split of(List<FirstSessionRow> rows) {
      int positives = 0;
      LocalDate first = null;
      LocalDate last = null;
      for (FirstSessionRow row : rows) {
        positives += row.poor() ? 1 : 0;
        first = first == null || row.day().isBefore(first) ? row.day() : first;
        last = last == null || row.day().isAfter(last) ? row.day() : last;
      }
      return new Split(rows.size(), positives, first, last);
    }

    public int negatives() {
      return rows - positives;
    }
  }

  static FirstSessionMetrics evaluate(
      double[] probabilities,
      boolean[] labels,
      double validationAuc,
      Split train,
      Split validation,
      Split test) {
    AlertRecall.Result alert = AlertRecall.at(probabilities, labels, REMINDER_THRESHOLD);
    return new FirstSessionMetrics(
        Auc.of(probabilities, labels),
        REMINDER_THRESHOLD,
        alert.flagged(),
        alert.precision(),
        alert.recall(),
        PrecisionAtTop.of(probabilities, labels, 0.10),
        Brier.score(probabilities, labels),
        validationAuc,
        train,
        validation,
        test);
  }
}
