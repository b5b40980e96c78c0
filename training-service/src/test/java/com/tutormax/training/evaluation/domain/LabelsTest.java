package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelsTest {

  // A 30-day window from 1 March covers 1–30 March; a departure in it is known by 19 April.
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 30);
  private static final int W = 30;
  private static final int DELAY = 20;
  private static final LocalDate OBSERVED = LAST_DAY.plusDays(DELAY);

  @Test
  void leavingOnTheFirstOrLastDayOfTheWindowIsPositive() {
    assertThat(label(AS_OF, AS_OF, OBSERVED, W)).isEqualTo(Label.POSITIVE);
    assertThat(label(LAST_DAY, LAST_DAY.plusDays(14), OBSERVED, W)).isEqualTo(Label.POSITIVE);
  }

  @Test
  void aTutorWhoLeftBeforeTheAsOfDateButIsNotYetKnownToHaveIsPositive() {
    // Silent since 20 February, detected on the 15th silent day: churn-service still scores them.
    LocalDate left = LocalDate.of(2026, 2, 20);
    assertThat(label(left, left.plusDays(14), OBSERVED, W)).isEqualTo(Label.POSITIVE);
    assertThat(label(left, left.plusDays(14), AS_OF.plusDays(DELAY), 1)).isEqualTo(Label.POSITIVE);
  }

  @Test
  void aChurnKnownBeforeTheAsOfDateExcludesTheRow() {
    assertThat(label(AS_OF.minusDays(20), AS_OF.minusDays(1), OBSERVED, W))
        .isEqualTo(Label.EXCLUDED);
    // Known on the as-of day itself (at its end): not yet known when the prediction is made.
    assertThat(label(AS_OF.minusDays(14), AS_OF, OBSERVED, W)).isEqualTo(Label.POSITIVE);
  }

  @Test
  void stillThereThroughTheWindowAndKnownSoIsNegative() {
    assertThat(label(null, null, OBSERVED, W)).isEqualTo(Label.NEGATIVE);
    assertThat(label(null, null, OBSERVED.plusDays(40), W)).isEqualTo(Label.NEGATIVE);
    // Leaving the day after the window is a negative for this window.
    assertThat(label(LAST_DAY.plusDays(1), LAST_DAY.plusDays(1), OBSERVED, W))
        .isEqualTo(Label.NEGATIVE);
  }

  @Test
  void aWindowIsCensoredUntilTheDetectionDelayAfterItsLastDayHasPassed() {
    assertThat(label(null, null, OBSERVED.minusDays(1), W)).isEqualTo(Label.CENSORED);
    assertThat(label(null, null, LAST_DAY, W)).isEqualTo(Label.CENSORED);
    // A churn seen early does not label the row either.
    assertThat(label(AS_OF.plusDays(3), AS_OF.plusDays(3), AS_OF.plusDays(5), W))
        .isEqualTo(Label.CENSORED);
    assertThat(label(AS_OF.plusDays(3), AS_OF.plusDays(3), OBSERVED.minusDays(1), W))
        .isEqualTo(Label.CENSORED);
    assertThat(Labels.of(AS_OF, null, null, LAST_DAY, W, 0)).isEqualTo(Label.NEGATIVE);
  }

  @Test
  void aOneDayWindowIsTheAsOfDayAlone() {
    LocalDate observed = AS_OF.plusDays(DELAY);
    assertThat(label(AS_OF, AS_OF, observed, 1)).isEqualTo(Label.POSITIVE);
    assertThat(label(AS_OF.plusDays(1), AS_OF.plusDays(1), observed, 1)).isEqualTo(Label.NEGATIVE);
    assertThat(label(null, null, observed.minusDays(1), 1)).isEqualTo(Label.CENSORED);
  }

  @Test
  void rejectsAnEmptyWindowANegativeDelayAndAHalfKnownDeparture() {
    assertThatThrownBy(() -> label(null, null, OBSERVED, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Labels.of(AS_OF, null, null, OBSERVED, W, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> label(AS_OF, null, OBSERVED, W))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Label label(LocalDate left, LocalDate known, LocalDate observed, int window) {
    return Labels.of(AS_OF, left, known, observed, window, DELAY);
  }
}
