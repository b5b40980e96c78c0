package com.tutormax.evaluation.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.Window;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-03-31");

  @Test
  void aWindowEndsWithItsAsOfDayAndHoldsItsNumberOfDays() {
    DayRange week = DayRange.ending(AS_OF, Window.DAYS_7);

    assertThat(week.first()).isEqualTo(LocalDate.parse("2026-03-25"));
    assertThat(week.days()).isEqualTo(7);
    assertThat(week.contains(AS_OF.minusDays(6))).isTrue();
    assertThat(week.contains(AS_OF.minusDays(7))).isFalse();
    assertThat(week.contains(AS_OF.plusDays(1))).isFalse();
    assertThat(DayRange.ending(AS_OF, Window.DAYS_90).first())
        .isEqualTo(LocalDate.parse("2026-01-01"));
  }
}
