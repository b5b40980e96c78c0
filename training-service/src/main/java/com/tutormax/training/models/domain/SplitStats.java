package com.tutormax.training.models.domain;

import java.time.LocalDate;
import java.util.List;

/** Size, positives and as-of day range of one split (train, validation or test). */
public record SplitStats(int rows, int positives, LocalDate firstDay, LocalDate lastDay) {

  static SplitStats of(List<LabelledRow> rows) {
    int positives = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (LabelledRow row : rows) {
      if (row.churned()) {
        positives++;
      }
      if (first == null || row.asOfDay().isBefore(first)) {
        first = row.asOfDay();
      }
      if (last == null || row.asOfDay().isAfter(last)) {
        last = row.asOfDay();
      }
    }
    return new SplitStats(rows.size(), positives, first, last);
  }

  public int negatives() {
    return rows - positives;
  }
}
