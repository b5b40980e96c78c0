package com.tutormax.api.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.portal.domain.GoalProgress.State;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GoalProgressTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final LocalDate END = START.plusDays(6);

  private static Goal goal(GoalMetric metric, double target) {
    return new Goal(UUID.randomUUID(), "T1", metric, target, START, END, Instant.EPOCH);
  }

  private static PeriodStats stats(int held, int onTime, Double rating, int fiveStars) {
    return PeriodStats.of(START, END, held + 1, held, onTime, 4, rating, fiveStars);
  }

  @Test
  void aCountIsAchievedAsSoonAsItReachesItsTarget() {
    GoalProgress p =
        GoalProgress.of(
            goal(GoalMetric.SESSIONS_HELD, 10), stats(12, 12, 4.0, 0), START.plusDays(2));

    assertThat(p.state()).isEqualTo(State.ACHIEVED);
    assertThat(p.current()).isEqualTo(12.0);
    assertThat(p.percent()).isEqualTo(100.0);
    assertThat(p.daysLeft()).isEqualTo(4);
  }

  @Test
  void aCountShortOfItsTargetIsInProgressThenMissed() {
    Goal goal = goal(GoalMetric.FIVE_STAR_RATINGS, 8);

    GoalProgress running = GoalProgress.of(goal, stats(5, 5, 4.0, 2), END);
    GoalProgress ended = GoalProgress.of(goal, stats(5, 5, 4.0, 2), END.plusDays(1));

    assertThat(running.state()).isEqualTo(State.IN_PROGRESS);
    assertThat(running.percent()).isEqualTo(25.0);
    assertThat(running.daysLeft()).isZero();
    assertThat(ended.state()).isEqualTo(State.MISSED);
  }

  @Test
  void aRateMeetingItsTargetIsOnTrackWhileItRunsAndAchievedWhenItEnds() {
    Goal goal = goal(GoalMetric.ON_TIME_PERCENT, 90);

    assertThat(GoalProgress.of(goal, stats(10, 9, null, 0), START).state())
        .isEqualTo(State.ON_TRACK);
    assertThat(GoalProgress.of(goal, stats(10, 9, null, 0), END.plusDays(3)).state())
        .isEqualTo(State.ACHIEVED);
    assertThat(GoalProgress.of(goal, stats(10, 8, null, 0), START).state())
        .isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void withoutARatingTheAverageHasNoValueYet() {
    GoalProgress p =
        GoalProgress.of(goal(GoalMetric.AVERAGE_RATING, 4.5), stats(3, 3, null, 0), START);

    assertThat(p.current()).isNull();
    assertThat(p.percent()).isZero();
    assertThat(p.state()).isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void aGoalThatHasNotStartedIsUpcoming() {
    GoalProgress p = GoalProgress.of(goal(GoalMetric.SESSIONS_HELD, 5), null, START.minusDays(3));

    assertThat(p.state()).isEqualTo(State.UPCOMING);
    assertThat(p.current()).isNull();
    assertThat(p.daysLeft()).isEqualTo(9);
  }
}
