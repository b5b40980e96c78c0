package com.tutormax.evaluation.performance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend lines of a tutor's charts: for each day, the 7 days ending with it, summed then divided
 * (so a quiet day weighs as much as a busy one in the counts, and rates are over the week's
 * sessions, not averages of daily rates). Rates are 0–100, the rating 1–5; absent without data.
 */
public final class MovingAverages {

  /** PRD: 7-day moving averages. */
  public static final int WINDOW_DAYS = 7;

  private MovingAverages() {}

  /** One day's point of every trend line. */
  public record Point(
      LocalDate day,
      double sessionsPerDay,
      Double ratingAverage,
      Double noShowRate,
      Double rescheduleRate,
      Double sessionEngagement,
      Double objectivesMetRate) {}

  public static List<Point> daily(List<DayAggregate> days, LocalDate from, LocalDate to) {
    Map<LocalDate, DayAggregate> byDay = new HashMap<>();
    days.forEach(d -> byDay.put(d.day(), d));
    List<Point> points = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      int scheduled = 0;
      int held = 0;
      int noShows = 0;
      int reschedules = 0;
      int ratings = 0;
      int ratingSum = 0;
      int objectives = 0;
      double engagement = 0;
      for (int back = 0; back < WINDOW_DAYS; back++) {
        DayAggregate d = byDay.get(day.minusDays(back));
        if (d != null) {
          scheduled += d.sessionsScheduled();
          held += d.sessionsCompleted();
          noShows += d.noShows();
          reschedules += d.tutorReschedules();
          ratings += d.ratingsCount();
          ratingSum += d.ratingsSum();
          objectives += d.objectivesMet();
          engagement += d.engagementSum();
        }
      }
      points.add(
          new Point(
              day,
              held / (double) WINDOW_DAYS,
              ratings == 0 ? null : ratingSum / (double) ratings,
              percent(noShows, scheduled),
              percent(reschedules, scheduled),
              held == 0 ? null : 100 * engagement / held,
              percent(objectives, held)));
    }
    return points;
  }

  private static Double percent(int part, int whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }
}
