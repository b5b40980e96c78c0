package com.tutormax.api.portal.domain;

/**
 * What a tutor's personal goal measures over its days, with the targets it accepts. Counts are
 * reached once they reach the target; rates are judged on the whole period.
 */
public enum GoalMetric {
  SESSIONS_HELD(1, 500, true),
  AVERAGE_RATING(1, 5, false),
  ON_TIME_PERCENT(1, 100, false),
  FIVE_STAR_RATINGS(1, 500, true);

  private final double minTarget;
  private final double maxTarget;
  private final boolean count;

  GoalMetric(double minTarget, double maxTarget, boolean count) {
    this.minTarget = minTarget;
    this.maxTarget = maxTarget;
    this.count = count;
  }

  public double minTarget() {
    return minTarget;
  }

  public double maxTarget() {
    return maxTarget;
  }

  /** A count only grows: once reached, the goal is achieved for good. */
  public boolean isCount() {
    return count;
  }

  /** The metric's value over a period; null when there is nothing to judge (no rating yet). */
  public Double valueOf(PeriodStats stats) {
    return switch (this) {
      case SESSIONS_HELD -> (double) stats.held();
      case AVERAGE_RATING -> stats.averageRating();
      case ON_TIME_PERCENT -> stats.onTimePercent();
      case FIVE_STAR_RATINGS -> (double) stats.fiveStarRatings();
    };
  }
}
