package com.tutormax.common.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureVectorTest {

  private final FeatureVector v =
      FeatureVector.of(List.of("b", "a", "c"), new double[] {2, Double.NaN, 3});

  @Test
  void keepsItsOrderAndNamesItsValues() {
    assertThat(v.names()).containsExactly("b", "a", "c");
    assertThat(v.asMap().keySet()).containsExactly("b", "a", "c");
    assertThat(v.get("c")).isEqualTo(3);
    assertThat(v.get("a")).isNaN();
    assertThat(v.toFloatArray()).containsExactly(2f, Float.NaN, 3f);
    assertThat(v.size()).isEqualTo(3);
  }

  @Test
  void isImmutableAndEqualWithMissingValues() {
    double[] values = {2, Double.NaN, 3};
    FeatureVector w = FeatureVector.of(List.of("b", "a", "c"), values);
    values[0] = 99;
    w.toArray()[2] = 99;

    assertThat(w).isEqualTo(v).hasSameHashCodeAs(v);
    assertThatThrownBy(() -> w.asMap().put("d", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesUnknownDuplicateOrMismatchedNames() {
    assertThatThrownBy(() -> v.get("z")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeatureVector.of(List.of("a", "a"), new double[2]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeatureVector.of(List.of("a"), new double[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
