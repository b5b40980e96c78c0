package com.tutormax.api.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  @Test
  void datesAreWholeUtcDaysWithBothEndsIncluded() {
    TimeRange range = TimeRange.parse("2026-11-02", "2026-11-03");
    assertThat(range.from()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
    assertThat(range.to()).isEqualTo(Instant.parse("2026-11-04T00:00:00Z"));
  }

  @Test
  void instantsAreTakenAsTheyAreAndEitherEndMayBeOpen() {
    TimeRange range = TimeRange.parse("2026-11-02T09:30:00Z", null);
    assertThat(range.from()).isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
    assertThat(range.to()).isNull();
    assertThat(TimeRange.parse(" ", null)).isEqualTo(TimeRange.ALL);
  }

  @Test
  void garbageAndInvertedRangesAreRefused() {
    assertThatThrownBy(() -> TimeRange.parse("last week", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be");
    assertThatThrownBy(() -> TimeRange.parse("2026-11-03", "2026-11-01"))
        .hasMessageContaining("from must not be after to");
    // The same day twice is that whole day, not an empty or inverted range.
    assertThat(TimeRange.parse("2026-11-02", "2026-11-02").to())
        .isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
  }
}
