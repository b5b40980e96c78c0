package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelMetricsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final SplitStats NONE = new SplitStats(0, 0, null, null);

  @Test
  void theEarlyWarningAucLeavesOutTutorsWhoHadAlreadyLeft() {
    // Two tutors gone silent (easy, top scores), one churner still active ranked below a stayer.
    List<LabelledRow> rows =
        List.of(
            new LabelledRow("gone-1", DAY, new float[0], true, true),
            new LabelledRow("gone-2", DAY, new float[0], true, true),
            new LabelledRow("stayer-1", DAY, new float[0], false, false),
            new LabelledRow("leaving", DAY, new float[0], true, false),
            new LabelledRow("stayer-2", DAY, new float[0], false, false));
    double[] p = {0.95, 0.9, 0.6, 0.5, 0.1};

    ModelMetrics metrics = ModelMetrics.evaluate(p, p, rows, Double.NaN, NONE, NONE, NONE);

    // All rows: 5 of the 6 churner/stayer pairs are ordered right.
    assertThat(metrics.auc()).isEqualTo(5 / 6.0);
    // Active tutors only: "leaving" beats stayer-2 but not stayer-1.
    assertThat(metrics.earlyWarningAuc()).isEqualTo(0.5);
  }

  @Test
  void withoutAnyoneWhoHadLeftBothAucsAgree() {
    List<LabelledRow> rows =
        List.of(
            new LabelledRow("a", DAY, new float[0], true),
            new LabelledRow("b", DAY, new float[0], false));
    double[] p = {0.7, 0.2};

    ModelMetrics metrics = ModelMetrics.evaluate(p, p, rows, Double.NaN, NONE, NONE, NONE);

    assertThat(metrics.earlyWarningAuc()).isEqualTo(metrics.auc()).isEqualTo(1.0);
  }
}
