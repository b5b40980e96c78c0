package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BrierTest {

  @Test
  void meanSquaredErrorOfThreePredictions() {
    // (0.9 − 1)² + (0.2 − 0)² + (0.6 − 0)² = 0.01 + 0.04 + 0.36 = 0.41, over 3.
    double score = Brier.score(new double[] {0.9, 0.2, 0.6}, new boolean[] {true, false, false});

    assertThat(score).isCloseTo(0.41 / 3, within(1e-12));
  }

  @Test
  void perfectAndCoinFlipForecasts() {
    boolean[] labels = {true, false, true};

    assertThat(Brier.score(new double[] {1, 0, 1}, labels)).isEqualTo(0.0);
    assertThat(Brier.score(new double[] {0.5, 0.5, 0.5}, labels)).isEqualTo(0.25);
    assertThat(Brier.score(new double[] {0, 1, 0}, labels)).isEqualTo(1.0);
  }

  @Test
  void rejectsSomethingThatIsNotAProbability() {
    assertThatThrownBy(() -> Brier.score(new double[] {1.2}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Brier.score(new double[] {}, new boolean[] {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
