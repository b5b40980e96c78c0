package com.tutormax.churn.interventions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Streaks in a tutor's daily predictions ("score above 50 for 7 days", "pattern for 14 days"). */
public final class Streaks {

  /** One as-of day of a tutor's prediction history. */
  public record Day(LocalDate asOfDay, double score, List<String> flags) {}

  private Streaks() {}

  /**
   * How many consecutive as-of days, ending with the newest one, satisfy {@code holds}; a missing
   * day ends the streak.
   *
   * @param newestFirst the history, newest as-of day first
   */
  public static int of(List<Day> newestFirst, Predicate<Day> holds) {
    int n = 0;
    LocalDate expected = null;
    for (Day day : newestFirst) {
      if ((expected != null && !day.asOfDay().equals(expected)) || !holds.test(day)) {
        break;
      }
      n++;
      expected = day.asOfDay().minusDays(1);
    }
    return n;
  }
}
