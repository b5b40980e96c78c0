package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {

  @Test
  void aTieBetweenAPositiveAndANegativeCountsHalf() {
    // Positives 0.4 and 0.8, negatives 0.1 and 0.4. Pairs: 0.4>0.1 (1), 0.4=0.4 (½), 0.8>0.1 (1),
    // 0.8>0.4 (1): 3.5 of 4. Ranks 1, 2.5, 2.5, 4: U = (2.5 + 4) − 2·3/2 = 3.5.
    double[] scores = {0.1, 0.4, 0.4, 0.8};
    boolean[] labels = {false, true, false, true};

    assertThat(Auc.of(scores, labels)).isCloseTo(0.875, within(1e-12));
  }

  @Test
  void doesNotDependOnInputOrder() {
    double[] scores = {0.8, 0.4, 0.1, 0.4};
    boolean[] labels = {true, false, false, true};

    assertThat(Auc.of(scores, labels)).isCloseTo(0.875, within(1e-12));
  }

  @Test
  void perfectReversedAndUninformativeRankings() {
    boolean[] labels = {false, false, true, true};

    assertThat(Auc.of(new double[] {0.1, 0.2, 0.3, 0.4}, labels)).isEqualTo(1.0);
    assertThat(Auc.of(new double[] {0.4, 0.3, 0.2, 0.1}, labels)).isEqualTo(0.0);
    assertThat(Auc.of(new double[] {0.5, 0.5, 0.5, 0.5}, labels)).isEqualTo(0.5);
  }

  @Test
  void aThreeByTwoCaseCountsEveryPair() {
    // Positives 0.35, 0.8; negatives 0.1, 0.4, 0.7. Beaten negatives: 0.35 → 1, 0.8 → 3: 4 of 6.
    double[] scores = {0.1, 0.35, 0.4, 0.7, 0.8};
    boolean[] labels = {false, true, false, false, true};

    assertThat(Auc.of(scores, labels)).isCloseTo(4.0 / 6.0, within(1e-12));
  }

  @Test
  void isNaNWithOnlyOneClass() {
    assertThat(Auc.of(new double[] {0.1, 0.9}, new boolean[] {true, true})).isNaN();
    assertThat(Auc.of(new double[] {0.1, 0.9}, new boolean[] {false, false})).isNaN();
    assertThat(Auc.of(new double[] {}, new boolean[] {})).isNaN();
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThatThrownBy(() -> Auc.of(new double[] {0.1}, new boolean[] {true, false}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
