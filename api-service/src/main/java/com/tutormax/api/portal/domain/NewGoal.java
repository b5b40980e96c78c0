package com.tutormax.api.portal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal as a tutor asks for it: the metric and target, and optionally its days (default: today and
 * the six days after). {@link #problems} lists what is wrong with it, in words.
 */
public record NewGoal(GoalMetric metric, Double target, LocalDate startsOn, LocalDate endsOn) {

  /** The longest goal, in days. */
  public static final int MAX_DAYS = 90;

  /** How far back a goal may start (to count what was already done this month). */
  public static final int MAX_DAYS_BACK = 30;

  /** The default length: a week. */
  public static final int DEFAULT_DAYS = 7;

  public LocalDate startsOnOr(LocalDate today) {
    return startsOn != null ? startsOn : today;
  }

  public LocalDate endsOnOr(LocalDate today) {
    return endsOn != null ? endsOn : startsOnOr(today).plusDays(DEFAULT_DAYS - 1L);
  }

  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (metric == null) {
      problems.add(
          "metric is required: one of SESSIONS_HELD, AVERAGE_RATING, ON_TIME_PERCENT,"
              + " FIVE_STAR_RATINGS");
    }
    if (target == null || target.isNaN() || target.isInfinite()) {
      problems.add("target is required");
    } else if (metric != null && (target < metric.minTarget() || target > metric.maxTarget())) {
      problems.add(
          "target of "
              + metric
              + " must be between "
              + format(metric.minTarget())
              + " and "
              + format(metric.maxTarget()));
    } else if (metric != null && metric.isCount() && target != Math.rint(target)) {
      problems.add("target of " + metric + " must be a whole number");
    }
    LocalDate from = startsOnOr(today);
    LocalDate through = endsOnOr(today);
    if (from.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      problems.add("startsOn may be at most " + MAX_DAYS_BACK + " days ago");
    }
    if (from.isAfter(today.plusDays(MAX_DAYS))) {
      problems.add("startsOn may be at most " + MAX_DAYS + " days ahead");
    }
    if (through.isBefore(from)) {
      problems.add("endsOn must not be before startsOn");
    } else if (through.isAfter(from.plusDays(MAX_DAYS - 1L))) {
      problems.add("a goal covers at most " + MAX_DAYS + " days");
    }
    return problems;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
