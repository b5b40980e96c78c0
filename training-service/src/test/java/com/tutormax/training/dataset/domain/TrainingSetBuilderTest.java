package com.tutormax.training.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainingSetBuilderTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);

  @Test
  void asOfDaysStartAfterTheMinimumHistoryAndStepUpToTheDayAfterObservedThrough() {
    TutorHistory tutor = Days.tutor("T-1", JAN_1, OBSERVED, null);

    // 29 Jan, 5, 12, 19, 26 Feb; 5 Mar is past 2 Mar (observedThrough + 1).
    assertThat(asOfDays(TrainingSetBuilder.rows(List.of(tutor), OBSERVED, 28, 7)))
        .containsExactly(
            LocalDate.of(2026, 1, 29),
            LocalDate.of(2026, 2, 5),
            LocalDate.of(2026, 2, 12),
            LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 26));
    // Every day from 29 Jan through 2 Mar: 3 + 28 + 2.
    List<TrainingRow> daily = TrainingSetBuilder.rows(List.of(tutor), OBSERVED, 28, 1);
    assertThat(daily).hasSize(33);
    assertThat(daily.get(0).asOfDay()).isEqualTo(LocalDate.of(2026, 1, 29));
    assertThat(daily.get(32).asOfDay()).isEqualTo(OBSERVED.plusDays(1));
  }

  @Test
  void theRowAfterTheLastObservedDayIsCensoredForEveryWindow() {
    TutorHistory tutor = Days.tutor("T-1", JAN_1, OBSERVED, null);
    List<TrainingRow> rows = TrainingSetBuilder.rows(List.of(tutor), OBSERVED, 0, 1);

    TrainingRow last = rows.get(rows.size() - 1);
    assertThat(last.asOfDay()).isEqualTo(OBSERVED.plusDays(1));
    assertThat(last.labels().values()).containsOnly(Label.CENSORED);
    assertThat(last.labels().keySet()).containsExactly(1, 7, 30, 90);
  }

  @Test
  void rowsStartOnceTheHistoryBeginsNotAtAJoinYearsEarlier() {
    LocalDate historyStarts = OBSERVED.minusDays(20);
    TutorHistory veteran =
        new TutorHistory(
            new com.tutormax.common.features.TutorProfile("T-1", LocalDate.of(2019, 5, 1), 5),
            Days.every("T-1", historyStarts, OBSERVED, 1),
            null);
    TutorHistory unseen =
        new TutorHistory(
            new com.tutormax.common.features.TutorProfile("T-2", JAN_1, 5), List.of(), null);

    List<TrainingRow> rows = TrainingSetBuilder.rows(List.of(veteran, unseen), OBSERVED, 7, 1);

    assertThat(rows.get(0).asOfDay()).isEqualTo(historyStarts.plusDays(7));
    assertThat(rows).hasSize(14 + 1).allSatisfy(r -> assertThat(r.tutorId()).isEqualTo("T-1"));
  }

  @Test
  void aTutorWithoutEnoughHistoryHasNoRow() {
    TutorHistory recent = Days.tutor("T-1", OBSERVED.minusDays(10), OBSERVED, null);

    assertThat(TrainingSetBuilder.rows(List.of(recent), OBSERVED, 12, 1)).isEmpty();
    assertThat(TrainingSetBuilder.rows(List.of(recent), OBSERVED, 11, 1)).hasSize(1);
  }

  @Test
  void rowsStopOnTheDayTheChurnBecomesKnownAndAreLabelledByTheDayTheTutorLeft() {
    // Silent from 12 Feb (last session 11 Feb), detected on the 15th silent day, 26 Feb.
    LocalDate left = LocalDate.of(2026, 2, 12);
    Departure silent = new Departure(left, left.plusDays(14));
    TutorHistory leaver = Days.tutor("T-1", JAN_1, left.minusDays(1), silent);
    TutorHistory resigner = Days.tutor("T-2", JAN_1, OBSERVED, Days.resigned(left.plusDays(2)));
    LocalDate observed = LocalDate.of(2026, 6, 1);

    List<TrainingRow> rows = TrainingSetBuilder.rows(List.of(leaver), observed, 28, 7);
    assertThat(asOfDays(rows))
        .containsExactly(
            LocalDate.of(2026, 1, 29),
            LocalDate.of(2026, 2, 5),
            left,
            LocalDate.of(2026, 2, 19),
            silent.knownOn());
    // 29 Jan: still there a day and a week later, gone within 30 days.
    assertThat(rows.get(0).label(1)).isEqualTo(Label.NEGATIVE);
    assertThat(rows.get(0).label(7)).isEqualTo(Label.NEGATIVE);
    assertThat(rows.get(0).label(30)).isEqualTo(Label.POSITIVE);
    // 19 Feb: gone a week, not yet known: positive for every window observed (90 days is not).
    assertThat(rows.get(3).label(1)).isEqualTo(Label.POSITIVE);
    assertThat(rows.get(3).label(7)).isEqualTo(Label.POSITIVE);
    assertThat(rows.get(3).label(30)).isEqualTo(Label.POSITIVE);
    assertThat(rows.get(3).label(90)).isEqualTo(Label.CENSORED);
    // Only that row's tutor had already left (on its as-of day they were leaving, not gone).
    assertThat(rows)
        .extracting(TrainingRow::alreadyLeft)
        .containsExactly(false, false, false, true, true);
    assertThat(asOfDays(TrainingSetBuilder.rows(List.of(resigner), observed, 28, 7)))
        .containsExactly(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 5), left);
    assertThat(TrainingSetBuilder.rows(List.of(leaver, resigner), observed, 0, 1))
        .allSatisfy(row -> assertThat(row.labels().values()).doesNotContain(Label.EXCLUDED));
  }

  @Test
  void leavingOnTheLastDayOfAWindowIsPositiveAndTheDayAfterIsNegative() {
    LocalDate asOf = LocalDate.of(2026, 2, 1);
    LocalDate observed = LocalDate.of(2026, 4, 1);
    TutorHistory tutor =
        Days.tutor("T-1", JAN_1, asOf.plusDays(6), Days.resigned(asOf.plusDays(6)));
    List<TrainingRow> rows = TrainingSetBuilder.rows(List.of(tutor), observed, 0, 1);

    TrainingRow row = rowOn(rows, asOf);
    assertThat(row.label(1)).isEqualTo(Label.NEGATIVE);
    assertThat(row.label(7)).isEqualTo(Label.POSITIVE);
    assertThat(row.label(30)).isEqualTo(Label.POSITIVE);
    // The 90-day window's outcome is not known by 1 April: censored despite the churn.
    assertThat(row.label(90)).isEqualTo(Label.CENSORED);
    TrainingRow dayBefore = rowOn(rows, asOf.minusDays(1));
    assertThat(dayBefore.label(7)).isEqualTo(Label.NEGATIVE);
    assertThat(dayBefore.label(30)).isEqualTo(Label.POSITIVE);
    // 1 Jan: leaving on 7 Feb is day 38, after the 30-day window.
    assertThat(rowOn(rows, JAN_1).label(30)).isEqualTo(Label.NEGATIVE);
    assertThat(rowOn(rows, JAN_1).label(90)).isEqualTo(Label.CENSORED);
  }

  @Test
  void aWindowIsCensoredUntilTheLongestDetectionDelayAfterItHasPassed() {
    LocalDate asOf = LocalDate.of(2026, 2, 1);
    TutorHistory tutor = Days.tutor("T-1", JAN_1, OBSERVED.plusDays(30), null);
    // The 30-day window of 1 Feb ends on 2 Mar; a departure in it is known by 22 Mar.
    LocalDate known = asOf.plusDays(29 + Departure.LONGEST_DETECTION_DELAY_DAYS);

    TrainingRow shortOfIt =
        rowOn(TrainingSetBuilder.rows(List.of(tutor), known.minusDays(1), 0, 1), asOf);
    assertThat(shortOfIt.label(1)).isEqualTo(Label.NEGATIVE);
    assertThat(shortOfIt.label(7)).isEqualTo(Label.NEGATIVE);
    assertThat(shortOfIt.label(30)).isEqualTo(Label.CENSORED);
    assertThat(shortOfIt.label(90)).isEqualTo(Label.CENSORED);
    TrainingRow observed = rowOn(TrainingSetBuilder.rows(List.of(tutor), known, 0, 1), asOf);
    assertThat(observed.label(30)).isEqualTo(Label.NEGATIVE);
    assertThat(observed.label(90)).isEqualTo(Label.CENSORED);
  }

  @Test
  void forWindowKeepsOnlyRowsWithAKnownOutcomeInOrder() {
    LocalDate observed = LocalDate.of(2026, 2, 28);
    TutorHistory staying = Days.tutor("T-1", JAN_1, observed, null);
    LocalDate left = LocalDate.of(2026, 1, 20);
    TutorHistory leaving = Days.tutor("T-2", JAN_1, left, Days.resigned(left));
    List<TrainingRow> rows = TrainingSetBuilder.rows(List.of(staying, leaving), observed, 0, 1);
    assertThat(rows).hasSize(60 + 20);

    // Windows whose end is 20 days before 28 Feb: as of 1 Jan–8 Feb, –2 Feb, –10 Jan, none.
    assertThat(TrainingSetBuilder.forWindow(rows, 1)).hasSize(39 + 20);
    assertThat(TrainingSetBuilder.forWindow(rows, 7)).hasSize(33 + 20);
    assertThat(TrainingSetBuilder.forWindow(rows, 30)).hasSize(10 + 10);
    assertThat(TrainingSetBuilder.forWindow(rows, 90)).isEmpty();
    assertThat(TrainingSetBuilder.forWindow(rows, 30))
        .filteredOn(row -> row.tutorId().equals("T-2"))
        .allSatisfy(row -> assertThat(row.label(30)).isEqualTo(Label.POSITIVE));
    List<TrainingRow> seven = TrainingSetBuilder.forWindow(rows, 7);
    assertThat(seven).filteredOn(row -> row.label(7) == Label.POSITIVE).hasSize(7);
    assertThat(seven).isSubsetOf(rows);
    assertThat(seven).isSortedAccordingTo(TrainingSetBuilderTest::byAsOfThenTutor);
    assertThatThrownBy(() -> TrainingSetBuilder.forWindow(rows, 14))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowsAreSortedByAsOfDayThenTutorWhateverTheInputOrder() {
    List<TutorHistory> tutors =
        List.of(
            Days.tutor("T-2", JAN_1, OBSERVED, null),
            Days.tutor("T-10", JAN_1, OBSERVED, Days.resigned(LocalDate.of(2026, 2, 15))),
            Days.tutor("T-1", JAN_1, OBSERVED, null),
            Days.tutor("T-3", JAN_1.minusDays(3), OBSERVED, null));
    List<TrainingRow> rows = TrainingSetBuilder.rows(tutors, OBSERVED, 14, 7);

    assertThat(rows).isSortedAccordingTo(TrainingSetBuilderTest::byAsOfThenTutor);
    assertThat(rows.subList(0, 4))
        .extracting(TrainingRow::tutorId)
        .containsExactly("T-3", "T-1", "T-10", "T-2");
    List<TutorHistory> shuffled = new ArrayList<>();
    for (TutorHistory tutor : tutors) {
      List<TutorDayClosed> days = new ArrayList<>(tutor.closedDays());
      Collections.shuffle(days, new Random(7));
      shuffled.add(new TutorHistory(tutor.profile(), days, tutor.departure()));
    }
    Collections.reverse(shuffled);
    assertThat(TrainingSetBuilder.rows(shuffled, OBSERVED, 14, 7)).isEqualTo(rows);
  }

  @Test
  void featuresAreTheSharedFunctionOfTheDaysBeforeTheAsOfDay() {
    LocalDate busy = LocalDate.of(2026, 2, 10);
    List<TutorDayClosed> days = new ArrayList<>(Days.every("T-1", JAN_1, OBSERVED, 0));
    days.set(days.indexOf(Days.day("T-1", busy, 0)), Days.day("T-1", busy, 3));
    TutorProfile profile = new TutorProfile("T-1", JAN_1, 5);
    List<TrainingRow> rows =
        TrainingSetBuilder.rows(List.of(new TutorHistory(profile, days, null)), OBSERVED, 0, 1);

    TrainingRow onTheBusyDay = rowOn(rows, busy);
    assertThat(onTheBusyDay.features().get(ChurnFeature.SESSIONS_7D)).isZero();
    assertThat(onTheBusyDay.features().get(ChurnFeature.DAYS_SINCE_LAST_SESSION)).isNaN();
    TrainingRow dayAfter = rowOn(rows, busy.plusDays(1));
    assertThat(dayAfter.features().get(ChurnFeature.SESSIONS_7D)).isEqualTo(3.0);
    assertThat(dayAfter.features().get(ChurnFeature.DAYS_SINCE_LAST_SESSION)).isEqualTo(1.0);
    assertThat(rows)
        .allSatisfy(
            row ->
                assertThat(row.features())
                    .isEqualTo(ChurnFeatures.of(profile, days, row.asOfDay())));
  }

  @Test
  void rejectsBadParametersAndTwoHistoriesOfOneTutor() {
    TutorHistory tutor = Days.tutor("T-1", JAN_1, OBSERVED, null);
    assertThatThrownBy(() -> TrainingSetBuilder.rows(List.of(tutor), OBSERVED, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrainingSetBuilder.rows(List.of(tutor), OBSERVED, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrainingSetBuilder.rows(List.of(tutor, tutor), OBSERVED, 0, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static int byAsOfThenTutor(TrainingRow a, TrainingRow b) {
    int byDay = a.asOfDay().compareTo(b.asOfDay());
    return byDay != 0 ? byDay : a.tutorId().compareTo(b.tutorId());
  }

  static TrainingRow rowOn(List<TrainingRow> rows, LocalDate asOf) {
    return rows.stream()
        .filter(row -> row.asOfDay().equals(asOf))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row as of " + asOf));
  }

  private static List<LocalDate> asOfDays(List<TrainingRow> rows) {
    return rows.stream().map(TrainingRow::asOfDay).toList();
  }
}
