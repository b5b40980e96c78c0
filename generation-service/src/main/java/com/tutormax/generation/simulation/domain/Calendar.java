package com.tutormax.generation.simulation.domain;

import java.time.DayOfWeek;

/** When sessions happen: weekday/weekend volume, time-of-day peaks, Monday-morning no-shows. */
final class Calendar {

  private Calendar() {}

  // Relative volume Monday..Sunday; their mean is 1.
  private static final double[] DAY_FACTORS = {1.12, 1.12, 1.10, 1.08, 0.96, 0.72, 0.90};

  // Start-hour weights (UTC = the platform's reference time zone), 0..23.
  private static final double[] WEEKDAY_HOURS = {
    0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 4, 6, 9, 10, 10, 9, 7, 4, 1.5, 0
  };
  private static final double[] WEEKEND_HOURS = {
    0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 7, 7, 7, 6, 6, 5, 5, 4, 4, 3, 2, 1, 0
  };

  static double dayFactor(DayOfWeek day) {
    return DAY_FACTORS[day.getValue() - 1];
  }

  static double[] hourWeights(DayOfWeek day) {
    return day.getValue() >= 6 ? WEEKEND_HOURS : WEEKDAY_HOURS;
  }

  static boolean isMondayMorning(DayOfWeek day, int hour) {
    return day == DayOfWeek.MONDAY && hour < 12;
  }
}
