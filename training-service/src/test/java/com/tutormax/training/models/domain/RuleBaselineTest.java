package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBaselineTest {

  private static final LocalDate D0 = LocalDate.of(2026, 3, 1);

  @Test
  void theRuleScoreIsMeasuredOnTheLastDatesLikeAModel() {
    // 20 dates, two rows a date: the test split is the last 3 dates (6 rows).
    List<LabelledRow> rows = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      rows.add(new LabelledRow("A", D0.plusDays(d), new float[] {0}, true));
      scores.add(80.0);
      rows.add(new LabelledRow("B", D0.plusDays(d), new float[] {0}, false));
      scores.add(d < 17 ? 90.0 : 20.0);
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();

    ModelMetrics m = RuleBaseline.of(rows, s);

    assertThat(m.test().rows()).isEqualTo(6);
    assertThat(m.test().positives()).isEqualTo(3);
    // Test rows: churners at 80, stayers at 20: perfectly ranked.
    assertThat(m.auc()).isEqualTo(1.0);
    // Brier: 3 × (0.8 − 1)² + 3 × (0.2)², over 6 = 0.04.
    assertThat(m.brier()).isCloseTo(0.04, within(1e-12));
    assertThat(m.alerts().get(75).recall()).isEqualTo(1.0);
    assertThat(m.alerts().get(75).precision()).isEqualTo(1.0);
  }

  @Test
  void oneScorePerRowIsRequired() {
    assertThatThrownBy(
            () ->
                RuleBaseline.of(
                    List.of(new LabelledRow("A", D0, new float[] {0}, true)), new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
