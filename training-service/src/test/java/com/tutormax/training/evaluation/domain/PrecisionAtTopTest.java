package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrecisionAtTopTest {

  private static final double[] SCORES = {0.2, 0.9, 0.4, 0.8, 0.6, 0.1, 0.7, 0.3, 0.5, 0.05};
  private static final boolean[] LABELS = {
    false, true, true, false, false, false, true, false, true, false
  };

  @Test
  void precisionAmongTheHighestScores() {
    // Top 30% of 10 = 3 rows: 0.9 (yes), 0.8 (no), 0.7 (yes).
    assertThat(PrecisionAtTop.of(SCORES, LABELS, 0.30)).isCloseTo(2.0 / 3.0, within(1e-12));
    // Top 10% = 1 row: 0.9 (yes).
    assertThat(PrecisionAtTop.of(SCORES, LABELS, 0.10)).isEqualTo(1.0);
    // Top 50% = 0.9, 0.8, 0.7, 0.6, 0.5: yes, no, yes, no, yes.
    assertThat(PrecisionAtTop.of(SCORES, LABELS, 0.50)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void roundsTheCountUp() {
    // 25% of 10 is 2.5, so 3 rows are taken, as in the 30% case.
    assertThat(PrecisionAtTop.of(SCORES, LABELS, 0.25)).isCloseTo(2.0 / 3.0, within(1e-12));
    assertThat(PrecisionAtTop.topCount(10, 0.25)).isEqualTo(3);
    assertThat(PrecisionAtTop.topCount(20, 0.10)).isEqualTo(2);
    assertThat(PrecisionAtTop.topCount(21, 0.10)).isEqualTo(3);
  }

  @Test
  void anExactCountIsNotRoundedUpByFloatingError() {
    // 0.14 × 50 is 7.000000000000001 in doubles; the top 14% of 50 is still 7 rows.
    assertThat(0.14 * 50).isGreaterThan(7.0);
    assertThat(PrecisionAtTop.topCount(50, 0.14)).isEqualTo(7);
  }

  @Test
  void takesAtLeastOneRow() {
    assertThat(PrecisionAtTop.topCount(5, 0.01)).isEqualTo(1);
    assertThat(PrecisionAtTop.of(new double[] {0.3, 0.7}, new boolean[] {true, false}, 0.01))
        .isEqualTo(0.0);
  }

  @Test
  void tiesKeepInputOrder() {
    // Top 40% of 5 = 2 rows: 0.9, then the first of the three tied 0.5s (a negative).
    double[] scores = {0.9, 0.5, 0.5, 0.5, 0.1};
    boolean[] labels = {true, false, true, true, false};

    assertThat(PrecisionAtTop.of(scores, labels, 0.40)).isEqualTo(0.5);
  }

  @Test
  void rejectsAFractionOutsideZeroToOne() {
    assertThatThrownBy(() -> PrecisionAtTop.of(SCORES, LABELS, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrecisionAtTop.of(SCORES, LABELS, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
