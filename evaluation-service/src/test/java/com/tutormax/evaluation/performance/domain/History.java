package com.tutormax.evaluation.performance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tutor's closed days, built run by run: {@code History.from(day).days(56, 10).days(20, 3)}. */
final class History {

  private final List<DayAggregate> days = new ArrayList<>();
  private LocalDate next;

  private History(LocalDate first) {
    next = first;
  }

  static History from(LocalDate first) {
    return new History(first);
  }

  /** {@code count} days holding {@code perDay} sessions each. */
  History days(int count, int perDay) {
    for (int i = 0; i < count; i++) {
      day(perDay);
    }
    return this;
  }

  History day(int held) {
    days.add(Day.held(next, held));
    next = next.plusDays(1);
    return this;
  }

  /** The day the next added day will be. */
  LocalDate next() {
    return next;
  }

  List<DayAggregate> build() {
    return List.copyOf(days);
  }
}
