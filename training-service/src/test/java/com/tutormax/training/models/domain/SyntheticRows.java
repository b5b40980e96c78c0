package com.tutormax.training.models.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic churn window with a known answer: churn follows a logistic model of three signal
 * features ({@code logit = −2.8 + 1.5·signal_a + 1.0·signal_b − 1.0·signal_c}, about 15% churn),
 * interleaved with three pure-noise features; all six are standard normal.
 */
final class SyntheticRows {

  static final List<String> NAMES =
      List.of("noise_a", "signal_a", "noise_b", "signal_b", "noise_c", "signal_c");
  static final List<String> SIGNALS = List.of("signal_a", "signal_b", "signal_c");
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private SyntheticRows() {}

  /** {@code rowsPerDay} rows on each of {@code days} consecutive as-of days from FIRST_DAY. */
  static List<LabelledRow> generate(long seed, int days, int rowsPerDay) {
    Random random = new Random(seed);
    List<LabelledRow> rows = new ArrayList<>(days * rowsPerDay);
    for (int day = 0; day < days; day++) {
      for (int i = 0; i < rowsPerDay; i++) {
        float[] x = new float[NAMES.size()];
        for (int j = 0; j < x.length; j++) {
          x[j] = (float) random.nextGaussian();
        }
        double logit = -2.8 + 1.5 * x[1] + 1.0 * x[3] - 1.0 * x[5];
        boolean churned = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        rows.add(new LabelledRow("tutor-" + i, FIRST_DAY.plusDays(day), x, churned));
      }
    }
    return rows;
  }
}
