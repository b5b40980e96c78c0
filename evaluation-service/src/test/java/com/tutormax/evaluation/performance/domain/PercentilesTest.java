package com.tutormax.evaluation.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void theNearestRankIsTheCeilingOfPTimesNAndAlwaysAnObservedValue() {
    List<Double> twenty = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      twenty.add((double) i);
    }

    assertThat(Percentiles.nearestRank(twenty, 95)).isEqualTo(19.0);
    assertThat(Percentiles.nearestRank(twenty, 50)).isEqualTo(10.0);
    assertThat(Percentiles.nearestRank(twenty, 3)).isEqualTo(1.0);
    assertThat(Percentiles.nearestRank(twenty, 100)).isEqualTo(20.0);
  }

  @Test
  void withFewValuesTheP95IsTheLargest() {
    assertThat(Percentiles.nearestRank(List.of(3.0, 8.0, 40.0, 41.0, 90.0), 95)).isEqualTo(90.0);
    assertThat(Percentiles.nearestRank(List.of(12.5), 95)).isEqualTo(12.5);
  }

  @Test
  void noValuesOrAPercentileOutsideZeroToHundredAreRefused() {
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(), 95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1.0), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
