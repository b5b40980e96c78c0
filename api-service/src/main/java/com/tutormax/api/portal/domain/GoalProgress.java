package com.tutormax.api.portal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a goal has come: the metric's value over its days so far, that value as a percentage of
 * the target (capped at 100), the days left and a state. A count is ACHIEVED as soon as it reaches
 * the target; a rate is ON_TRACK while its days run and it meets the target, ACHIEVED if it still
 * does when they end; a goal that ended short is MISSED; one that has not started is UPCOMING.
 */
public record GoalProgress(Goal goal, Double current, double percent, long daysLeft, State state) {

  public enum State {
    UPCOMING,
    IN_PROGRESS,
    ON_TRACK,
    ACHIEVED,
    MISSED
  }

  /**
   * @param stats the metric's period from the goal's first day through the earlier of its last day
   *     and today (ignored for an upcoming goal)
   */
  public static GoalProgress of(Goal goal, PeriodStats stats, LocalDate today) {
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, goal.endsOn()));
    if (today.isBefore(goal.startsOn())) {
      return new GoalProgress(
          goal, null, 0, ChronoUnit.DAYS.between(today, goal.endsOn()), State.UPCOMING);
    }
    Double current = goal.metric().valueOf(stats);
    double percent = current == null ? 0 : Math.min(100, 100 * current / goal.target());
    boolean met = current != null && current >= goal.target();
    boolean ended = today.isAfter(goal.endsOn());
    State state;
    if (met && (ended || goal.metric().isCount())) {
      state = State.ACHIEVED;
    } else if (ended) {
      state = State.MISSED;
    } else {
      state = met ? State.ON_TRACK : State.IN_PROGRESS;
    }
    return new GoalProgress(goal, current, percent, daysLeft, state);
  }
}
