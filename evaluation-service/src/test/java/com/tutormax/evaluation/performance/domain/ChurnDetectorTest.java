package com.tutormax.evaluation.performance.domain;

import static com.tutormax.common.events.ChurnDetected.Reason.BELOW_HALF_BASELINE_3_WEEKS;
import static com.tutormax.common.events.ChurnDetected.Reason.NO_SESSIONS_14_DAYS;
import static com.tutormax.common.events.ChurnDetected.Reason.RESIGNED;
import static com.tutormax.evaluation.performance.domain.ChurnDecision.Outcome.CHURNED;
import static com.tutormax.evaluation.performance.domain.ChurnDecision.Outcome.NONE;
import static com.tutormax.evaluation.performance.domain.ChurnDecision.Outcome.REACTIVATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorLifecycleChanged;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChurnDetectorTest {

  private static final LocalDate JOIN = LocalDate.parse("2026-01-05");

  @Test
  void fourteenSilentDaysAreNotChurnTheFifteenthIsTheDetectionDay() {
    History h = History.from(JOIN).days(30, 8);
    LocalDate lastSession = h.next().minusDays(1);
    h.days(15, 0);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    ChurnDecision churn = decisions.get(0);
    assertThat(decisions).hasSize(1);
    assertThat(churn.reason()).isEqualTo(NO_SESSIONS_14_DAYS);
    assertThat(churn.day()).isEqualTo(lastSession.plusDays(15));
    assertThat(churn.at()).isEqualTo(EventDay.lastSecondOf(lastSession.plusDays(15)));
    assertThat(churn.lastSessionDay()).isEqualTo(lastSession);
    ChurnDetected event = churn.toEvent("T-0001", Instant.parse("2026-02-03T17:00:00Z"));
    assertThat(event.detectedAt()).isEqualTo(Instant.parse("2026-02-18T23:59:59Z"));
  }

  @Test
  void exactlyFourteenSilentDaysAndThenASessionIsNoChurn() {
    History h = History.from(JOIN).days(30, 8).days(14, 0).day(1).days(10, 8);

    assertThat(replay(ChurnState.joined(JOIN), h.build())).isEmpty();
  }

  @Test
  void silenceCountsFromTheJoinDayAndFromTheFirstKnownDayNotBefore() {
    // Joined and never held a session: the join day is the first silent day.
    List<ChurnDecision> neverStarted =
        replay(ChurnState.joined(JOIN), History.from(JOIN).days(20, 0).build());
    assertThat(neverStarted).extracting(ChurnDecision::day).containsExactly(JOIN.plusDays(14));

    // Joined long before the history the service loaded: days before it are unknown, not silent.
    LocalDate loadedFrom = JOIN.plusDays(200);
    List<DayAggregate> history = History.from(loadedFrom).days(10, 0).day(3).build();
    for (DayAggregate day : history) {
      assertThat(decide(ChurnState.joined(JOIN), history, day.day()).outcome()).isEqualTo(NONE);
    }
  }

  @Test
  void aChurnedTutorIsNotDetectedAgainUntilASessionReactivatesThem() {
    History h = History.from(JOIN).days(30, 8).days(40, 0);
    LocalDate back = h.next();
    h.day(2).days(15, 0);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    assertThat(decisions)
        .extracting(ChurnDecision::outcome, ChurnDecision::day)
        .containsExactly(
            tuple(CHURNED, JOIN.plusDays(44)),
            tuple(REACTIVATED, back),
            tuple(CHURNED, back.plusDays(15)));
    ChurnState afterReturn =
        ChurnState.joined(JOIN).after(decisions.get(0)).after(decisions.get(1));
    assertThat(afterReturn).isEqualTo(ChurnState.joined(back));
  }

  @Test
  void aResignationChurnsAtOnceAndOnlyALaterSessionReactivates() {
    List<DayAggregate> history = History.from(JOIN).days(30, 8).day(2).day(0).day(1).build();
    LocalDate resignDay = JOIN.plusDays(30);
    Instant resignedAt = Events.at(resignDay, 15, 0);
    var resigned =
        new TutorLifecycleChanged(
            Events.TUTOR,
            TutorLifecycleChanged.Change.RESIGNED,
            resignedAt,
            "moving on",
            DataSource.SYNTHETIC);

    ChurnDecision churn =
        ChurnDetector.onLifecycle(ChurnState.joined(JOIN), resigned, history.subList(0, 30));
    ChurnState state = ChurnState.joined(JOIN).after(churn);

    assertThat(churn.outcome()).isEqualTo(CHURNED);
    assertThat(churn.reason()).isEqualTo(RESIGNED);
    assertThat(churn.at()).isEqualTo(resignedAt);
    assertThat(churn.lastSessionDay()).isEqualTo(resignDay.minusDays(1));
    assertThat(ChurnDetector.onLifecycle(state, resigned, history).outcome()).isEqualTo(NONE);
    // The morning session on the resignation day is no return; one two days later is.
    assertThat(decide(state, history, resignDay).outcome()).isEqualTo(NONE);
    assertThat(decide(state, history, resignDay.plusDays(1)).outcome()).isEqualTo(NONE);
    assertThat(decide(state, history, resignDay.plusDays(2)).outcome()).isEqualTo(REACTIVATED);
  }

  @Test
  void otherLifecycleChangesDecideNothing() {
    var inactive =
        new TutorLifecycleChanged(
            Events.TUTOR,
            TutorLifecycleChanged.Change.INACTIVE,
            Events.at(JOIN, 9, 0),
            null,
            DataSource.SYNTHETIC);

    assertThat(ChurnDetector.onLifecycle(ChurnState.joined(JOIN), inactive, List.of()).outcome())
        .isEqualTo(NONE);
  }

  /**
   * The generator's low-volume leaver: 20 days at 30% of the usual volume, then the leave day with
   * nothing. The three weeks of low volume are complete on the leave day, and detected then.
   */
  @Test
  void belowHalfTheBaselineForThreeWeeksIsDetectedWhenTheThirdWeekCompletes() {
    History h = History.from(JOIN).days(80, 10);
    LocalDate firstLowDay = h.next();
    h.days(20, 3).day(0);
    LocalDate leaveDay = firstLowDay.plusDays(20);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).reason()).isEqualTo(BELOW_HALF_BASELINE_3_WEEKS);
    assertThat(decisions.get(0).day()).isEqualTo(leaveDay);
    assertThat(decisions.get(0).baselinePerWeek()).isCloseTo(70.0, within(1e-9));
    assertThat(decisions.get(0).lastSessionDay()).isEqualTo(leaveDay.minusDays(1));
  }

  @Test
  void aSpellThatBeganOneDayLateIsNotYetThreeWeeksLong() {
    // Only 20 low days so far: the window's first day still held the usual 10.
    History h = History.from(JOIN).days(80, 10).days(20, 3);

    assertThat(replay(ChurnState.joined(JOIN), h.build())).isEmpty();
  }

  @Test
  void aFewSessionsAfterALowVolumeChurnAreNoReturnHalfTheBaselineAWeekIs() {
    History h = History.from(JOIN).days(80, 10).days(21, 3).days(3, 3);
    LocalDate firstBusyDay = h.next();
    h.days(5, 8);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    // Churned on the 21st low day (baseline 70 a week); the 3-session days after it are no
    // return. Trailing weeks from the first busy day: 6 × 3 + 8 = 26, 5 × 3 + 16 = 31, then
    // 4 × 3 + 24 = 36, at least half of 70.
    assertThat(decisions).extracting(ChurnDecision::outcome).containsExactly(CHURNED, REACTIVATED);
    assertThat(decisions.get(0).day()).isEqualTo(JOIN.plusDays(100));
    assertThat(decisions.get(1).day()).isEqualTo(firstBusyDay.plusDays(2));
  }

  @Test
  void aTutorWhoGoesSilentIsTakenByTheSilenceRuleNotTheLowVolumeOne() {
    History h = History.from(JOIN).days(80, 10).days(15, 0);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    assertThat(decisions).extracting(ChurnDecision::reason).containsExactly(NO_SESSIONS_14_DAYS);
  }

  @Test
  void aNewTutorIsNotJudgedOnVolumeBeforeTwentyEightBaselineDays() {
    // Busy for 20 days after joining, then at a fifth. The low-volume rule needs 21 days plus 28
    // baseline days: on JOIN + 48 the baseline is days 0..27 (20 × 10 + 8 × 2 = 216, 54 a week).
    History h = History.from(JOIN).days(20, 10).days(40, 2);

    List<ChurnDecision> decisions = replay(ChurnState.joined(JOIN), h.build());

    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).day()).isEqualTo(JOIN.plusDays(48));
    assertThat(decisions.get(0).baselinePerWeek()).isCloseTo(54.0, within(1e-9));
  }

  @Test
  void aNearIdleTutorHasNoBaselineToFallBelow() {
    // One session every 6 days: 7/6 a week, under the 2 a week a baseline needs; never 15 silent.
    History h = History.from(JOIN);
    for (int i = 0; i < 150; i++) {
      h.day(i % 6 == 0 ? 1 : 0);
    }

    assertThat(replay(ChurnState.joined(JOIN), h.build())).isEmpty();
  }

  @Test
  void aNoisyNormalTutorWithQuietWeekendsAWeekOffAndTwoSlowWeeksIsNeverFlagged() {
    Random random = new Random(3);
    History h = History.from(JOIN);
    for (int i = 0; i < 300; i++) {
      LocalDate day = h.next();
      boolean weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
      double mean = weekend ? 2 : 7;
      if (i >= 120 && i < 127) {
        mean = 0; // a week off
      } else if (i >= 180 && i < 194) {
        mean *= 0.4; // two slow weeks
      }
      h.day((int) Math.round(mean * (0.4 + 1.2 * random.nextDouble())));
    }

    assertThat(replay(ChurnState.joined(JOIN), h.build())).isEmpty();
  }

  /** Closes every day of the history in turn, as the service would, and keeps what happened. */
  private static List<ChurnDecision> replay(ChurnState state, List<DayAggregate> history) {
    List<ChurnDecision> happened = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      ChurnDecision decision =
          ChurnDetector.onDayClosed(
              state, history.subList(Math.max(0, i - 119), i + 1), history.get(i).day());
      if (decision.outcome() != NONE) {
        happened.add(decision);
      }
      state = state.after(decision);
    }
    return happened;
  }

  private static ChurnDecision decide(ChurnState state, List<DayAggregate> history, LocalDate day) {
    List<DayAggregate> closed = new ArrayList<>();
    for (DayAggregate d : history) {
      if (!d.day().isAfter(day)) {
        closed.add(d);
      }
    }
    return ChurnDetector.onDayClosed(state, closed, day);
  }
}
