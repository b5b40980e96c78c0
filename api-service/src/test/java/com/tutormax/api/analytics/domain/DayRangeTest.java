package com.tutormax.api.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  @Test
  void withoutParametersTheRangeIsTheLastNinetyDays() {
    DayRange range = DayRange.parse(null, " ", TODAY);

    assertThat(range).isEqualTo(new DayRange(TODAY.minusDays(89), TODAY));
    assertThat(range.endExclusive()).isEqualTo(Instant.parse("2026-05-21T00:00:00Z"));
  }

  @Test
  void bothEndsAreInclusiveUtcDays() {
    DayRange range = DayRange.parse("2026-01-01", "2026-01-31", TODAY);

    assertThat(range.startInclusive()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(range.endExclusive()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
  }

  @Test
  void badRangesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> DayRange.parse("soon", null, TODAY))
        .hasMessage("from must be a date like 2026-01-31");
    assertThatThrownBy(() -> DayRange.parse("2026-02-01", "2026-01-01", TODAY))
        .hasMessage("from must not be after to");
    assertThatThrownBy(() -> DayRange.parse("2025-01-01", "2026-01-02", TODAY))
        .hasMessage("a range covers at most 366 days");
    assertThat(DayRange.parse("2025-01-02", "2026-01-02", TODAY).from())
        .isEqualTo(LocalDate.of(2025, 1, 2));
  }
}
