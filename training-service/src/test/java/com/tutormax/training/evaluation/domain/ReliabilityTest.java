package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

  private static final double[] PROBABILITIES = {0.1, 0.2, 0.3, 0.8, 0.9, 1.0};
  private static final boolean[] LABELS = {false, true, false, true, true, true};

  @Test
  void equalWidthBinsWithCountsMeansAndObservedRates() {
    List<Reliability.Bin> bins = Reliability.bins(PROBABILITIES, LABELS, 4);

    assertThat(bins).hasSize(4);
    Reliability.Bin first = bins.get(0); // [0, 0.25): 0.1, 0.2
    assertThat(first.lower()).isEqualTo(0.0);
    assertThat(first.upper()).isEqualTo(0.25);
    assertThat(first.count()).isEqualTo(2);
    assertThat(first.meanPredicted()).isCloseTo(0.15, within(1e-12));
    assertThat(first.observedRate()).isEqualTo(0.5);

    Reliability.Bin second = bins.get(1); // [0.25, 0.5): 0.3
    assertThat(second.count()).isEqualTo(1);
    assertThat(second.meanPredicted()).isEqualTo(0.3);
    assertThat(second.observedRate()).isEqualTo(0.0);

    Reliability.Bin empty = bins.get(2); // [0.5, 0.75): nothing
    assertThat(empty.lower()).isEqualTo(0.5);
    assertThat(empty.count()).isZero();
    assertThat(empty.meanPredicted()).isNaN();
    assertThat(empty.observedRate()).isNaN();

    Reliability.Bin last = bins.get(3); // [0.75, 1]: 0.8, 0.9 and 1.0 itself
    assertThat(last.count()).isEqualTo(3);
    assertThat(last.meanPredicted()).isCloseTo(0.9, within(1e-12));
    assertThat(last.observedRate()).isEqualTo(1.0);
  }

  @Test
  void expectedCalibrationErrorWeighsEachNonEmptyBinByItsShare() {
    // 2/6·|0.15 − 0.5| + 1/6·|0.3 − 0| + 3/6·|0.9 − 1| = (0.7 + 0.3 + 0.3)/6; the empty bin adds 0.
    assertThat(Reliability.expectedCalibrationError(PROBABILITIES, LABELS, 4))
        .isCloseTo(1.3 / 6, within(1e-12));
  }

  @Test
  void perfectlyCalibratedBinsHaveNoError() {
    double[] probabilities = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
    boolean[] labels = {true, false, false, false, true, true, true, false};

    assertThat(Reliability.expectedCalibrationError(probabilities, labels, 2))
        .isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aProbabilityOnABinEdgeGoesToTheBinItStarts() {
    for (int k = 0; k < 100; k++) {
      // 0.29 × 100 is 28.999…: the bin must still be the one whose lower bound is 0.29.
      assertThat(Reliability.binOf(k / 100.0, 100)).as("%d/100", k).isEqualTo(k);
    }
    assertThat(Reliability.binOf(0.25, 4)).isEqualTo(1);
    assertThat(Reliability.binOf(0.2499, 4)).isEqualTo(0);
    assertThat(Reliability.binOf(1.0, 10)).isEqualTo(9);
  }

  @Test
  void noRowsMeansNoError() {
    List<Reliability.Bin> bins = Reliability.bins(new double[] {}, new boolean[] {}, 3);

    assertThat(bins).hasSize(3).allSatisfy(bin -> assertThat(bin.count()).isZero());
    assertThat(Reliability.expectedCalibrationError(bins)).isNaN();
  }
}
