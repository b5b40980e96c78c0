package com.tutormax.evaluation.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.events.PerformanceEvaluated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceEvaluatorTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-03-31");
  private static final Instant AS_OF_TIME = Instant.parse("2026-03-31T18:00:00Z");

  @Test
  void aTutorPerfectOnEveryMetricIsExemplaryAndPublishesAllThreeWindows() {
    List<DayAggregate> days = new ArrayList<>();
    List<RatedSession> ratings = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      LocalDate day = AS_OF.minusDays(i);
      days.add(
          Day.on(day)
              .sessions(4, 4, 0)
              .engagementSum(3.6)
              .objectivesMet(4)
              .logins(1)
              .responses(15)
              .firstSessions(1, 1)
              .build());
      ratings.add(
          new RatedSession(Events.TUTOR, "F" + i, Events.at(day, 12, 0), 5, true, null, null));
    }

    TutorEvaluation evaluation =
        PerformanceEvaluator.evaluate(AS_OF, days, ratings, PopulationThresholds.DEFAULTS);

    assertThat(evaluation.flags()).isEmpty();
    assertThat(evaluation.score().getAsDouble()).isEqualTo(100.0);
    assertThat(evaluation.tier()).isEqualTo(PerformanceTier.EXEMPLARY);
    PerformanceEvaluated event =
        evaluation.toEvent(Events.TUTOR, AS_OF_TIME, PerformanceTier.STRONG, null).orElseThrow();
    assertThat(event.metricsByWindow()).containsOnlyKeys("7d", "30d", "90d");
    assertThat(event.metricsByWindow().get("7d")).containsEntry("sessions_held", 28.0);
    assertThat(event.metricsByWindow().get("30d")).containsEntry("rating_average", 5.0);
    assertThat(event.previousTier()).isEqualTo(PerformanceTier.STRONG);
    assertThat(event.flags()).isEmpty();
  }

  @Test
  void flagsAndScoreComeFromTheThirtyDayWindow() {
    List<DayAggregate> days = new ArrayList<>();
    // A bad week 40 days ago counts in 90 days only; the last 30 days are 10% no-shows.
    days.add(Day.on(AS_OF.minusDays(40)).sessions(20, 0, 20).build());
    for (int i = 0; i < 10; i++) {
      days.add(
          Day.on(AS_OF.minusDays(i))
              .sessions(10, 9, 1)
              .engagementSum(7.2)
              .objectivesMet(9)
              .logins(1)
              .build());
    }

    TutorEvaluation evaluation =
        PerformanceEvaluator.evaluate(AS_OF, days, List.of(), PopulationThresholds.DEFAULTS);

    assertThat(evaluation.flagCodes()).containsExactly("HIGH_NO_SHOW_RATE");
    assertThat(evaluation.flags().get(0).severity()).isEqualTo(Severity.AMBER);
    assertThat(evaluation.metricsByWindow().get("90d")).containsEntry("no_show_rate", 25.0);
  }

  @Test
  void aTutorWithoutDataIsDevelopingAndHasNothingToPublish() {
    TutorEvaluation evaluation =
        PerformanceEvaluator.evaluate(AS_OF, List.of(), List.of(), PopulationThresholds.DEFAULTS);

    assertThat(evaluation.tier()).isEqualTo(PerformanceTier.DEVELOPING);
    assertThat(evaluation.score()).isEmpty();
    assertThat(evaluation.toEvent(Events.TUTOR, AS_OF_TIME, null, null)).isEmpty();
  }
}
