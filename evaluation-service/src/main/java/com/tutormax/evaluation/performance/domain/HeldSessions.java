package com.tutormax.evaluation.performance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Held sessions per day from a tutor's closed days. The service closes every day of a registered
 * tutor, sessions or not, so a missing day after the first one held none.
 */
final class HeldSessions {

  private final Map<LocalDate, Integer> byDay = new HashMap<>();
  private LocalDate firstDay;

  HeldSessions(Collection<DayAggregate> days) {
    for (DayAggregate day : days) {
      if (byDay.put(day.day(), day.sessionsCompleted()) != null) {
        throw new IllegalArgumentException("two aggregates for " + day.day());
      }
      if (firstDay == null || day.day().isBefore(firstDay)) {
        firstDay = day.day();
      }
    }
  }

  /**
   * The first day the history knows, null if it is empty. Days before it are unknown (before the
   * tutor joined or before the history loaded), not silent.
   */
  LocalDate firstDay() {
    return firstDay;
  }

  int on(LocalDate day) {
    return byDay.getOrDefault(day, 0);
  }

  int in(DayRange range) {
    int sum = 0;
    for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
      sum += on(d);
    }
    return sum;
  }

  /** The last day on or before {@code day} with a held session, null if none is known. */
  LocalDate lastSessionDay(LocalDate day) {
    LocalDate last = null;
    for (Map.Entry<LocalDate, Integer> e : byDay.entrySet()) {
      LocalDate d = e.getKey();
      if (e.getValue() > 0 && !d.isAfter(day) && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }
}
