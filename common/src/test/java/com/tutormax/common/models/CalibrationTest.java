package com.tutormax.common.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void noneKeepsTheRawProbability() {
    assertThat(Calibration.none().apply(0.37)).isEqualTo(0.37);
  }

  @Test
  void plattMapsTheLogitLinearly() {
    // a = -1, b = 0 is the identity: 1 / (1 + exp(-logit p)) = p.
    assertThat(Calibration.platt(-1, 0).apply(0.2)).isCloseTo(0.2, within(1e-9));
    // a = -2, b = 0 sharpens: logit(0.2) = -1.3863; 1 / (1 + exp(-2.7726)) = 0.058824.
    assertThat(Calibration.platt(-2, 0).apply(0.2)).isCloseTo(0.058824, within(1e-6));
  }

  @Test
  void isotonicInterpolatesBetweenThresholdsAndClampsOutside() {
    Calibration c = Calibration.isotonic(List.of(0.1, 0.5, 0.9), List.of(0.0, 0.4, 1.0));
    assertThat(c.apply(0.05)).isEqualTo(0.0);
    assertThat(c.apply(0.3)).isCloseTo(0.2, within(1e-12));
    assertThat(c.apply(0.5)).isCloseTo(0.4, within(1e-12));
    assertThat(c.apply(0.7)).isCloseTo(0.7, within(1e-12));
    assertThat(c.apply(0.95)).isEqualTo(1.0);
  }

  @Test
  void isotonicNeedsMatchingLists() {
    assertThatThrownBy(() -> Calibration.isotonic(List.of(0.1, 0.5), List.of(0.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
