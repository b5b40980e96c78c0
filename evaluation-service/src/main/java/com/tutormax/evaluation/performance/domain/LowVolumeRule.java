package com.tutormax.evaluation.performance.domain;

import java.time.LocalDate;

/**
 * PRD churn: "below 50% of baseline sessions for 3+ weeks". On day D the three weeks are D-20..D
 * and the baseline is the tutor's mean held sessions a week over the {@value #BASELINE_DAYS} days
 * before them (D-76..D-21). The rule holds when
 *
 * <ol>
 *   <li>each of the three weeks (D-20..D-14, D-13..D-7, D-6..D) held fewer than half the baseline
 *       week, and
 *   <li>the first {@value #ONSET_DAYS} days of the three weeks (D-20, D-19) together held fewer
 *       than half of {@value #ONSET_DAYS} baseline days: the low spell had begun when the three
 *       weeks began, so it has lasted all three (without this a spell that began up to two days
 *       later would pass, as a week with two normal days can still be below half).
 * </ol>
 *
 * The baseline counts only days from the first known day on and needs at least {@value
 * #MINIMUM_BASELINE_DAYS} of them and at least {@value #MINIMUM_BASELINE_PER_WEEK} sessions a week,
 * so a brand-new or near-idle tutor is not judged. Whole weeks absorb the weekday/weekend pattern;
 * requiring every week (not only the 21-day total) leaves a tutor who went silent two weeks ago to
 * the silence rule.
 */
final class LowVolumeRule {

  static final int WINDOW_DAYS = 21;
  static final int WEEK = 7;
  static final int ONSET_DAYS = 2;
  static final int BASELINE_DAYS = 56;
  static final int MINIMUM_BASELINE_DAYS = 28;
  static final double MINIMUM_BASELINE_PER_WEEK = 2;
  static final double SHARE_OF_BASELINE = 0.5;

  private LowVolumeRule() {}

  /**
   * The weekly baseline the tutor fell below on {@code day}, or null when the rule does not hold.
   *
   * @param from the first day that may count (earlier days are unknown)
   */
  static Double baselineFallenBelow(HeldSessions held, LocalDate from, LocalDate day) {
    Double baselinePerWeek = baselinePerWeek(held, from, day);
    if (baselinePerWeek == null) {
      return null;
    }
    double halfADay = SHARE_OF_BASELINE * baselinePerWeek / WEEK;
    DayRange window = DayRange.ending(day, WINDOW_DAYS);
    DayRange onset = new DayRange(window.first(), window.first().plusDays(ONSET_DAYS - 1L));
    if (held.in(onset) >= halfADay * ONSET_DAYS) {
      return null;
    }
    for (int week = 0; week < WINDOW_DAYS / WEEK; week++) {
      DayRange block = DayRange.ending(day.minusDays((long) week * WEEK), WEEK);
      if (held.in(block) >= halfADay * WEEK) {
        return null;
      }
    }
    return baselinePerWeek;
  }

  /** A tutor churned for low volume is back once a week holds half the baseline they fell below. */
  static boolean isBackAbove(HeldSessions held, LocalDate day, double baselinePerWeek) {
    return held.in(DayRange.ending(day, WEEK)) >= SHARE_OF_BASELINE * baselinePerWeek;
  }

  private static Double baselinePerWeek(HeldSessions held, LocalDate from, LocalDate day) {
    LocalDate last = DayRange.ending(day, WINDOW_DAYS).first().minusDays(1);
    LocalDate first = last.minusDays(BASELINE_DAYS - 1L);
    if (first.isBefore(from)) {
      first = from;
    }
    if (last.isBefore(first.plusDays(MINIMUM_BASELINE_DAYS - 1L))) {
      return null;
    }
    DayRange baseline = new DayRange(first, last);
    double perWeek = WEEK * held.in(baseline) / (double) baseline.days();
    return perWeek < MINIMUM_BASELINE_PER_WEEK ? null : perWeek;
  }
}
