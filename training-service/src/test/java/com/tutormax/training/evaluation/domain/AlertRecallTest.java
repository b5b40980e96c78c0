package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlertRecallTest {

  // A 0–100 risk score; the churners scored 30, 60, 75 and 95.
  private static final double[] SCORES = {10, 25, 30, 50, 60, 75, 80, 95};
  private static final boolean[] LABELS = {false, false, true, false, true, true, false, true};

  @Test
  void atThePrdAlertLevels() {
    AlertRecall.Result low = AlertRecall.at(SCORES, LABELS, 25);
    assertThat(low.flagged()).isEqualTo(6); // 30, 50, 60, 75, 80, 95
    assertThat(low.truePositives()).isEqualTo(4);
    assertThat(low.precision()).isCloseTo(4.0 / 6.0, within(1e-12));
    assertThat(low.recall()).isEqualTo(1.0);

    AlertRecall.Result medium = AlertRecall.at(SCORES, LABELS, 50);
    assertThat(medium.flagged()).isEqualTo(4); // 60, 75, 80, 95
    assertThat(medium.precision()).isEqualTo(0.75);
    assertThat(medium.recall()).isEqualTo(0.75);

    AlertRecall.Result high = AlertRecall.at(SCORES, LABELS, 75);
    assertThat(high.flagged()).isEqualTo(2); // 80, 95: a score of exactly 75 is not above 75
    assertThat(high.truePositives()).isEqualTo(1);
    assertThat(high.positives()).isEqualTo(4);
    assertThat(high.precision()).isEqualTo(0.5);
    assertThat(high.recall()).isEqualTo(0.25);
  }

  @Test
  void precisionIsUndefinedWhenNothingIsFlagged() {
    AlertRecall.Result none = AlertRecall.at(SCORES, LABELS, 100);

    assertThat(none.flagged()).isZero();
    assertThat(none.precision()).isNaN();
    assertThat(none.recall()).isEqualTo(0.0);
  }

  @Test
  void recallIsUndefinedWithoutPositives() {
    AlertRecall.Result result =
        AlertRecall.at(new double[] {80, 20}, new boolean[] {false, false}, 50);

    assertThat(result.recall()).isNaN();
    assertThat(result.precision()).isEqualTo(0.0);
  }
}
