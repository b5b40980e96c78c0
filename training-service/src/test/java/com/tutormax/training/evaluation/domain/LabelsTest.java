package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelsTest {

  // A 30-day window from 1 March covers 1–30 March.
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 30);
  private static final int W = 30;

  @Test
  void churnOnTheFirstOrLastDayOfTheWindowIsPositive() {
    assertThat(Labels.of(AS_OF, AS_OF, LAST_DAY, W)).isEqualTo(Label.POSITIVE);
    assertThat(Labels.of(AS_OF, LAST_DAY, LAST_DAY, W)).isEqualTo(Label.POSITIVE);
  }

  @Test
  void aKnownChurnDoesNotLabelARowBeforeItsWindowIsFullyObserved() {
    // Early-known positives of recent rows would leave the latest rows all positive.
    assertThat(Labels.of(AS_OF, AS_OF.plusDays(3), AS_OF.plusDays(5), W)).isEqualTo(Label.CENSORED);
    assertThat(Labels.of(AS_OF, AS_OF.plusDays(3), LAST_DAY.minusDays(1), W))
        .isEqualTo(Label.CENSORED);
    assertThat(Labels.of(AS_OF, AS_OF.plusDays(3), LAST_DAY, W)).isEqualTo(Label.POSITIVE);
  }

  @Test
  void noChurnThroughTheLastDayObservedIsNegative() {
    assertThat(Labels.of(AS_OF, null, LAST_DAY, W)).isEqualTo(Label.NEGATIVE);
    assertThat(Labels.of(AS_OF, null, LAST_DAY.plusDays(40), W)).isEqualTo(Label.NEGATIVE);
    // Churning the day after the window is a negative for this window.
    assertThat(Labels.of(AS_OF, LAST_DAY.plusDays(1), LAST_DAY.plusDays(1), W))
        .isEqualTo(Label.NEGATIVE);
  }

  @Test
  void aWindowObservedOneDayShortIsCensored() {
    assertThat(Labels.of(AS_OF, null, LAST_DAY.minusDays(1), W)).isEqualTo(Label.CENSORED);
    assertThat(Labels.of(AS_OF, LAST_DAY.plusDays(1), LAST_DAY.minusDays(1), W))
        .isEqualTo(Label.CENSORED);
  }

  @Test
  void churnBeforeTheAsOfDateExcludesTheRow() {
    assertThat(Labels.of(AS_OF, AS_OF.minusDays(1), LAST_DAY, W)).isEqualTo(Label.EXCLUDED);
  }

  @Test
  void aOneDayWindowIsTheAsOfDayAlone() {
    assertThat(Labels.of(AS_OF, AS_OF, AS_OF, 1)).isEqualTo(Label.POSITIVE);
    assertThat(Labels.of(AS_OF, AS_OF.plusDays(1), AS_OF, 1)).isEqualTo(Label.NEGATIVE);
    assertThat(Labels.of(AS_OF, null, AS_OF.minusDays(1), 1)).isEqualTo(Label.CENSORED);
  }

  @Test
  void rejectsAnEmptyWindow() {
    assertThatThrownBy(() -> Labels.of(AS_OF, null, LAST_DAY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
