package com.tutormax.api.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewGoalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  @Test
  void withoutDaysAGoalCoversTodayAndTheSixDaysAfter() {
    NewGoal goal = new NewGoal(GoalMetric.SESSIONS_HELD, 10.0, null, null);

    assertThat(goal.problems(TODAY)).isEmpty();
    assertThat(goal.startsOnOr(TODAY)).isEqualTo(TODAY);
    assertThat(goal.endsOnOr(TODAY)).isEqualTo(TODAY.plusDays(6));
  }

  @Test
  void eachProblemIsNamed() {
    assertThat(new NewGoal(null, null, null, null).problems(TODAY))
        .containsExactly(
            "metric is required: one of SESSIONS_HELD, AVERAGE_RATING, ON_TIME_PERCENT,"
                + " FIVE_STAR_RATINGS",
            "target is required");
    assertThat(new NewGoal(GoalMetric.AVERAGE_RATING, 5.5, null, null).problems(TODAY))
        .containsExactly("target of AVERAGE_RATING must be between 1 and 5");
    assertThat(new NewGoal(GoalMetric.SESSIONS_HELD, 2.5, null, null).problems(TODAY))
        .containsExactly("target of SESSIONS_HELD must be a whole number");
    assertThat(
            new NewGoal(GoalMetric.SESSIONS_HELD, 5.0, TODAY.minusDays(31), TODAY).problems(TODAY))
        .containsExactly("startsOn may be at most 30 days ago");
    assertThat(
            new NewGoal(GoalMetric.SESSIONS_HELD, 5.0, TODAY, TODAY.minusDays(1)).problems(TODAY))
        .containsExactly("endsOn must not be before startsOn");
    assertThat(
            new NewGoal(GoalMetric.SESSIONS_HELD, 5.0, TODAY, TODAY.plusDays(90)).problems(TODAY))
        .containsExactly("a goal covers at most 90 days");
  }

  @Test
  void aRateMayTakeAFractionAndAGoalMayStartInThePastMonth() {
    assertThat(
            new NewGoal(GoalMetric.AVERAGE_RATING, 4.6, TODAY.minusDays(30), TODAY.plusDays(59))
                .problems(TODAY))
        .isEmpty();
  }
}
