package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.Window;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Consecutive UTC days, both ends included. */
public record DayRange(LocalDate first, LocalDate last) {

  public DayRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a range cannot end before it starts");
    }
  }

  /** A window ends with its as-of day: the 7-day window of day D is D-6 to D. */
  public static DayRange ending(LocalDate asOf, Window window) {
    return ending(asOf, window.days());
  }

  public static DayRange ending(LocalDate last, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a range has at least one day");
    }
    return new DayRange(last.minusDays(days - 1L), last);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  public int days() {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }
}
