package com.tutormax.training.firstsession.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

  @Test
  void meansAndPopulationStdsIgnoreMissingValuesAndAConstantFeatureHasStdOne() {
    Standardizer s =
        Standardizer.fit(
            List.of(
                new double[] {1, Double.NaN, 7}, new double[] {3, 5, 7}, new double[] {5, 5, 7}),
            3);

    assertThat(s.means()).containsExactly(3, 5, 7);
    // (4 + 0 + 4) / 3 = 8/3; the second and third features do not vary.
    assertThat(s.stds()[0]).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
    assertThat(s.stds()[1]).isEqualTo(1);
    assertThat(s.stds()[2]).isEqualTo(1);
    double[] z = s.apply(new double[] {3 + Math.sqrt(8.0 / 3), Double.NaN, 9});
    assertThat(z[0]).isCloseTo(1, within(1e-12));
    assertThat(z[1]).isZero();
    assertThat(z[2]).isEqualTo(2);
  }

  @Test
  void aFeatureMissingEverywhereHasMeanZero() {
    Standardizer s = Standardizer.fit(List.of(new double[] {Double.NaN}), 1);
    assertThat(s.means()).containsExactly(0);
    assertThat(s.stds()).containsExactly(1);
  }
}
