package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureImportanceTest {

  @Test
  void ranksByMeanAbsoluteShapAndLeavesTheBiasOut() {
    // Columns: a, b, bias. |a| averages 1.5, |b| 2.5; the huge bias must not count.
    float[][] contributions = {{1, -2, 100}, {-2, 3, 100}};

    List<FeatureImportance> ranked = FeatureImportance.rank(List.of("a", "b"), contributions);

    assertThat(ranked).extracting(FeatureImportance::name).containsExactly("b", "a");
    assertThat(ranked.get(0).meanAbsShap()).isCloseTo(2.5, within(1e-9));
    assertThat(ranked.get(1).meanAbsShap()).isCloseTo(1.5, within(1e-9));
  }
}
