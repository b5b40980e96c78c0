package com.tutormax.evaluation.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.domain.Window;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-03-31");

  @Test
  void aTutorWithNoDataHasNoValuesOnlyZeroCounts() {
    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_30, List.of(), List.of());

    assertThat(m.daysObserved()).isZero();
    assertThat(m.ratingAverage()).isNull();
    assertThat(m.firstSessionSuccessRate()).isNull();
    assertThat(m.rescheduleRate()).isNull();
    assertThat(m.noShowRate()).isNull();
    assertThat(m.engagementScore()).isNull();
    assertThat(m.objectivesMetRate()).isNull();
    assertThat(m.responseMinutesP95()).isNull();
    assertThat(m.availabilityChangesPerWeek()).isNull();
    assertThat(m.toMap())
        .containsOnlyKeys(
            "days_observed",
            "sessions_scheduled",
            "sessions_held",
            "ratings_used",
            "first_sessions_rated",
            "message_responses",
            "training_completions");
  }

  @Test
  void idleDaysGiveNoSessionRatesButStillAnEngagementFromLogins() {
    List<DayAggregate> days = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      days.add(Day.on(AS_OF.minusDays(i)).logins(i % 2).build());
    }

    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_30, days, List.of());

    assertThat(m.daysObserved()).isEqualTo(14);
    assertThat(m.noShowRate()).isNull();
    assertThat(m.rescheduleRate()).isNull();
    assertThat(m.loginsPerWeek()).isEqualTo(3.5);
    assertThat(m.engagementScore()).isEqualTo(50.0);
  }

  @Test
  void onlyNoShowsMeansAHundredPercentNoShowsAndNoHeldSessionMetrics() {
    DayAggregate day = Day.on(AS_OF).sessions(4, 0, 4).build();

    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_7, List.of(day), List.of());

    assertThat(m.noShowRate()).isEqualTo(100.0);
    assertThat(m.rescheduleRate()).isEqualTo(0.0);
    assertThat(m.objectivesMetRate()).isNull();
    assertThat(m.onTimeRate()).isNull();
    assertThat(m.technicalIssueRate()).isNull();
    assertThat(m.sessionEngagement()).isNull();
  }

  @Test
  void aHandComputedThirtyDayWindow() {
    List<DayAggregate> days = new ArrayList<>();
    days.add(
        Day.on(AS_OF.minusDays(3))
            .sessions(10, 9, 1)
            .tutorReschedules(2)
            .lateStarts(1)
            .engagementSum(6.3)
            .objectivesMet(8)
            .technicalIssues(1)
            .logins(3)
            .responses(10, 20)
            .availabilityChanges(1)
            .trainingCompletions(1)
            .firstSessions(2, 1)
            .build());
    days.add(
        Day.on(AS_OF.minusDays(10))
            .sessions(10, 10, 0)
            .tutorReschedules(1)
            .engagementSum(7.0)
            .objectivesMet(9)
            .logins(4)
            .responses(30, 100, 40)
            .firstSessions(2, 2)
            .build());
    for (int i = 11; i < 23; i++) {
      days.add(Day.on(AS_OF.minusDays(i)).build());
    }
    List<RatedSession> ratings =
        List.of(
            rated("F1", AS_OF.minusDays(3), 5, SubjectFamily.STEM, SessionType.ONE_ON_ONE),
            rated("F2", AS_OF.minusDays(3), 4, SubjectFamily.STEM, SessionType.ONE_ON_ONE),
            rated("F3", AS_OF.minusDays(10), 2, SubjectFamily.TEST_PREP, SessionType.GROUP),
            rated("F4", AS_OF.minusDays(12), 3, null, null));

    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_30, days, ratings);

    assertThat(m.daysObserved()).isEqualTo(14);
    assertThat(m.sessionsScheduled()).isEqualTo(20);
    assertThat(m.sessionsHeld()).isEqualTo(19);
    assertThat(m.ratingAverage()).isEqualTo(3.5); // (5 + 4 + 2 + 3) / 4
    assertThat(m.firstSessionSuccessRate()).isEqualTo(75.0); // 3 of 4
    assertThat(m.rescheduleRate()).isEqualTo(15.0); // 3 of 20
    assertThat(m.noShowRate()).isEqualTo(5.0); // 1 of 20
    assertThat(m.objectivesMetRate()).isCloseTo(89.474, within(0.001)); // 17 of 19
    assertThat(m.technicalIssueRate()).isCloseTo(5.263, within(0.001)); // 1 of 19
    assertThat(m.onTimeRate()).isCloseTo(94.737, within(0.001)); // 18 of 19
    assertThat(m.sessionEngagement()).isCloseTo(70.0, within(1e-9)); // 13.3 / 19 = 0.7
    assertThat(m.loginsPerWeek()).isEqualTo(3.5); // 7 logins in 14 observed days
    assertThat(m.responseMinutesMean()).isEqualTo(40.0); // 200 / 5
    assertThat(m.responseMinutesP95()).isEqualTo(100.0); // rank ceil(4.75) = 5 of 5
    assertThat(m.availabilityChangesPerWeek()).isEqualTo(0.5);
    assertThat(m.trainingCompletions()).isEqualTo(1);
    // Engagement: 0.25 × 0.5 (logins) + 0.5 × (0.7 − 0.45) / 0.35 + 0.25 × (180 − 40) / 150.
    assertThat(m.engagementScore()).isCloseTo(71.548, within(0.001));
    assertThat(m.satisfactionBySubjectFamily())
        .containsExactly(entry(SubjectFamily.STEM, 4.5), entry(SubjectFamily.TEST_PREP, 2.0));
    assertThat(m.satisfactionBySessionType())
        .containsExactly(entry(SessionType.ONE_ON_ONE, 4.5), entry(SessionType.GROUP, 2.0));
    assertThat(m.toMap())
        .containsEntry("rating_average", 3.5)
        .containsEntry("reschedule_rate", 15.0)
        .containsEntry("satisfaction_stem", 4.5)
        .containsEntry("satisfaction_group", 2.0)
        .containsEntry("response_minutes_p95", 100.0)
        .doesNotContainKey("satisfaction_language_writing");
  }

  @Test
  void theDaySixDaysBeforeAsOfIsInsideTheWeekAndSevenDaysBeforeIsOutside() {
    List<DayAggregate> days =
        List.of(
            Day.on(AS_OF.minusDays(6)).sessions(1, 0, 1).build(),
            Day.on(AS_OF.minusDays(7)).sessions(3, 3, 0).build());
    List<RatedSession> ratings =
        List.of(
            rated("F-in", EventDay.startOf(AS_OF.minusDays(6)), 5),
            rated("F-out", EventDay.lastSecondOf(AS_OF.minusDays(7)), 1));

    WindowMetrics week = MetricsCalculator.compute(AS_OF, Window.DAYS_7, days, ratings);

    assertThat(week.daysObserved()).isEqualTo(1);
    assertThat(week.noShowRate()).isEqualTo(100.0);
    assertThat(week.ratingAverage()).isEqualTo(5.0);
    assertThat(week.ratingsUsed()).isEqualTo(1);
  }

  @Test
  void theRatingAverageTakesOnlyTheLastThirtyRatingsOfTheWindow() {
    List<RatedSession> ratings = new ArrayList<>();
    Instant start = EventDay.startOf(AS_OF.minusDays(20));
    for (int i = 0; i < 35; i++) {
      ratings.add(rated("F" + i, start.plusSeconds(3600L * i), i < 5 ? 1 : 5));
    }

    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_30, List.of(), ratings);

    assertThat(m.ratingsUsed()).isEqualTo(30);
    assertThat(m.ratingAverage()).isEqualTo(5.0);
  }

  @Test
  void ratingsAtTheSameInstantAreCutByFeedbackId() {
    Instant noon = Events.at(AS_OF, 12, 0);
    List<RatedSession> ratings = new ArrayList<>();
    ratings.add(rated("F-00", noon, 1)); // the oldest by id: left out
    for (int i = 1; i <= 30; i++) {
      ratings.add(rated(String.format("F-%02d", i), noon, 4));
    }

    WindowMetrics m = MetricsCalculator.compute(AS_OF, Window.DAYS_30, List.of(), ratings);

    assertThat(m.ratingAverage()).isEqualTo(4.0);
  }

  @Test
  void allWindowsAreComputedAsOfTheSameDay() {
    List<DayAggregate> days =
        List.of(
            Day.held(AS_OF, 2), Day.held(AS_OF.minusDays(20), 3), Day.held(AS_OF.minusDays(80), 4));

    Map<Window, WindowMetrics> all = MetricsCalculator.computeAll(AS_OF, days, List.of());

    assertThat(all.get(Window.DAYS_7).sessionsHeld()).isEqualTo(2);
    assertThat(all.get(Window.DAYS_30).sessionsHeld()).isEqualTo(5);
    assertThat(all.get(Window.DAYS_90).sessionsHeld()).isEqualTo(9);
    assertThat(WindowMetrics.key(Window.DAYS_30)).isEqualTo("30d");
  }

  @Test
  void twoAggregatesForOneDayAreRefused() {
    List<DayAggregate> days = List.of(Day.held(AS_OF, 1), Day.held(AS_OF, 2));

    assertThatThrownBy(() -> MetricsCalculator.compute(AS_OF, Window.DAYS_7, days, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RatedSession rated(String id, Instant at, int rating) {
    return new RatedSession(Events.TUTOR, id, at, rating, false, null, null);
  }

  private static RatedSession rated(
      String id, LocalDate day, int rating, SubjectFamily family, SessionType type) {
    return new RatedSession(Events.TUTOR, id, Events.at(day, 15, 0), rating, false, family, type);
  }
}
