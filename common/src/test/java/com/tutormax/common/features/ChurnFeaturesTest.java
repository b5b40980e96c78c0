package com.tutormax.common.features;

import static com.tutormax.common.features.HistoryDay.AS_OF;
import static com.tutormax.common.features.HistoryDay.TUTOR;
import static com.tutormax.common.features.HistoryDay.ago;
import static com.tutormax.common.features.HistoryDay.quiet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.events.TutorDayClosed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnFeaturesTest {

  private static final TutorProfile PROFILE = new TutorProfile(TUTOR, AS_OF.minusDays(100), 10);

  private static FeatureVector features(List<TutorDayClosed> days) {
    return ChurnFeatures.of(PROFILE, days, AS_OF);
  }

  private static FeatureVector features(TutorDayClosed... days) {
    return features(List.of(days));
  }

  /** Closed days for every day from {@code from} days ago to yesterday, quiet unless replaced. */
  private static List<TutorDayClosed> everyDay(int from, List<TutorDayClosed> active) {
    List<TutorDayClosed> days = new ArrayList<>(active);
    for (int n = from; n >= 1; n--) {
      LocalDate d = AS_OF.minusDays(n);
      if (active.stream().noneMatch(a -> a.day().equals(d))) {
        days.add(quiet(n));
      }
    }
    return days;
  }

  @Test
  void theFeatureNamesAreStableUniqueAndMoreThanThirty() {
    List<String> names = ChurnFeatures.names();

    assertThat(names).hasSizeGreaterThanOrEqualTo(30);
    assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    assertThat(names).startsWith("tenure_days", "is_new", "sessions_7d", "sessions_30d");
    assertThat(names).endsWith("day_of_week", "month", "holiday_season");
    assertThat(features().names()).isEqualTo(names);
  }

  @Test
  void anEmptyHistoryHasZeroCountsMissingRatesAndItsTenureAndCalendar() {
    FeatureVector f = features();

    assertThat(f.get("tenure_days")).isEqualTo(100);
    assertThat(f.get("is_new")).isZero();
    assertThat(f.get("sessions_7d")).isZero();
    assertThat(f.get("sessions_90d")).isZero();
    assertThat(f.get("logins_30d")).isZero();
    assertThat(f.get("no_shows_14d")).isZero();
    assertThat(f.get("subjects_taught_90d")).isZero();
    assertThat(f.get("training_completions_total")).isZero();
    assertThat(f.get("sessions_7d_vs_baseline")).isZero();
    for (String missing :
        List.of(
            "sessions_trend",
            "days_since_last_session",
            "rating_avg_7d",
            "rating_trend",
            "first_session_success_rate_90d",
            "logins_trend",
            "engagement_30d",
            "response_minutes_p50_30d",
            "response_minutes_p95_30d",
            "reschedule_rate_7d",
            "no_show_rate_30d",
            "late_start_rate_30d",
            "availability_hours_vs_4w_mean",
            "objectives_met_rate_30d")) {
      assertThat(f.get(missing)).as(missing).isNaN();
    }
    assertThat(f.get("day_of_week")).isEqualTo(2); // Tuesday
    assertThat(f.get("month")).isEqualTo(3);
    assertThat(f.get("holiday_season")).isZero();
  }

  @Test
  void windowsEndTheDayBeforeTheAsOfDateAndIncludeTheirFirstDay() {
    FeatureVector f =
        features(
            ago(0).held(5).build(), // the as-of day itself: not closed yet, never counted
            ago(1).held(1).build(),
            ago(7).held(1).build(),
            ago(8).held(1).build(),
            ago(30).held(1).build(),
            ago(31).held(1).build(),
            ago(90).held(1).build(),
            ago(91).held(1).build());

    assertThat(f.get("sessions_7d")).isEqualTo(2); // days 1 and 7
    assertThat(f.get("sessions_30d")).isEqualTo(4); // + 8 and 30
    assertThat(f.get("sessions_90d")).isEqualTo(6); // + 31 and 90
    assertThat(f.get("sessions_7d_vs_baseline")).isEqualTo(0.2); // 2 of 10 a week
  }

  @Test
  void theSessionTrendComparesThePaceOfTheLastWeekWithTheLast30ObservedDays() {
    List<TutorDayClosed> active = new ArrayList<>();
    for (int n = 30; n >= 8; n--) {
      active.add(ago(n).held(2).build());
    }
    for (int n = 7; n >= 1; n--) {
      active.add(ago(n).held(1).build());
    }

    FeatureVector f = features(active);

    // 7 sessions in 7 days (1 a day) against 53 in 30 days (53/30 a day).
    assertThat(f.get("sessions_trend")).isCloseTo(30.0 / 53 - 1, within(1e-12));
    // 30 days: 53/30 a day; 90 days observed = the same 30 days: no change.
    assertThat(f.get("sessions_trend_30d_90d")).isCloseTo(0, within(1e-12));
  }

  @Test
  void aNewTutorsTrendIsMeasuredOnTheDaysTheyWereThereNotDiluted() {
    List<TutorDayClosed> days = new ArrayList<>();
    for (int n = 10; n >= 1; n--) {
      days.add(ago(n).held(1).logins(2).build());
    }
    TutorProfile newTutor = new TutorProfile(TUTOR, AS_OF.minusDays(10), 7);

    FeatureVector f = ChurnFeatures.of(newTutor, days, AS_OF);

    assertThat(f.get("tenure_days")).isEqualTo(10);
    assertThat(f.get("is_new")).isEqualTo(1);
    assertThat(f.get("sessions_trend")).isZero();
    assertThat(f.get("logins_trend")).isZero();
    assertThat(f.get("sessions_7d_vs_baseline")).isEqualTo(1);
  }

  @Test
  void isNewBelowThirtyDaysOfTenureAndTenureIsNeverNegative() {
    assertThat(tenure(29).get("is_new")).isEqualTo(1);
    assertThat(tenure(30).get("is_new")).isZero();
    assertThat(tenure(-3).get("tenure_days")).isZero();
  }

  private static FeatureVector tenure(int days) {
    return ChurnFeatures.of(new TutorProfile(TUTOR, AS_OF.minusDays(days), 0), List.of(), AS_OF);
  }

  @Test
  void aLoginDropShowsAsANegativeLoginTrend() {
    List<TutorDayClosed> active = new ArrayList<>();
    for (int n = 30; n >= 8; n--) {
      active.add(ago(n).logins(1).build());
    }

    FeatureVector f = features(everyDay(30, active));

    assertThat(f.get("logins_7d")).isZero();
    assertThat(f.get("logins_30d")).isEqualTo(23);
    assertThat(f.get("logins_trend")).isEqualTo(-1);
  }

  @Test
  void daysSinceLastSessionCountsFromTheLastHeldSessionAndIsMissingIfNever() {
    assertThat(features(ago(1).held(1).build()).get("days_since_last_session")).isEqualTo(1);
    FeatureVector f =
        features(
            ago(200).held(3).build(), // older than every window, still the last session
            ago(2).scheduled(1).noShows(1).build(), // a no-show is not a held session
            quiet(1));
    assertThat(f.get("days_since_last_session")).isEqualTo(200);
    assertThat(features(quiet(3), quiet(2), quiet(1)).get("days_since_last_session")).isNaN();
    assertThat(features(ago(0).held(1).build()).get("days_since_last_session")).isNaN();
  }

  @Test
  void ratingAveragesAndTheirTrend() {
    FeatureVector f = features(ago(2).ratings(2, 9).build(), ago(20).ratings(2, 5).build());

    assertThat(f.get("rating_avg_7d")).isEqualTo(4.5);
    assertThat(f.get("rating_avg_30d")).isEqualTo(3.5); // 14 / 4
    assertThat(f.get("rating_trend")).isEqualTo(1.0);
    assertThat(f.get("ratings_30d")).isEqualTo(4);
    assertThat(features(ago(20).ratings(2, 5).build()).get("rating_trend")).isNaN();
  }

  @Test
  void firstSessionSuccessOver90DaysAndPoorFirstSessionSignalsOver30() {
    FeatureVector f =
        features(
            ago(3).firstSessions(2, 0, 1, 2, 1).build(),
            ago(60).firstSessions(2, 2, 0, 0, 0).build(),
            ago(91).firstSessions(5, 0, 5, 5, 5).build());

    assertThat(f.get("first_sessions_90d")).isEqualTo(4);
    assertThat(f.get("first_session_success_rate_90d")).isEqualTo(0.5);
    assertThat(f.get("first_sessions_poorly_rated_30d")).isEqualTo(1);
    assertThat(f.get("first_sessions_not_recommended_30d")).isEqualTo(2);
    assertThat(f.get("first_session_late_starts_30d")).isEqualTo(1);
  }

  @Test
  void engagementIsTheMeanOfHeldSessionsAndItsTrendTheDifference() {
    FeatureVector f =
        features(
            ago(1).held(2).engagementSum(1.2).build(), ago(20).held(2).engagementSum(1.6).build());

    assertThat(f.get("engagement_7d")).isCloseTo(0.6, within(1e-12));
    assertThat(f.get("engagement_30d")).isCloseTo(0.7, within(1e-12));
    assertThat(f.get("engagement_trend")).isCloseTo(-0.1, within(1e-12));
  }

  @Test
  void responseTimePercentilesAreNearestRankOverThe30DayWindow() {
    FeatureVector f =
        features(
            ago(1).responses(30, 10).build(),
            ago(30).responses(50, 20, 40).build(),
            ago(31).responses(1000).build());

    // Sorted 10, 20, 30, 40, 50: p50 is rank ⌈2.5⌉ = 3, p95 rank ⌈4.75⌉ = 5.
    assertThat(f.get("response_minutes_p50_30d")).isEqualTo(30);
    assertThat(f.get("response_minutes_p95_30d")).isEqualTo(50);
    assertThat(f.get("message_responses_30d")).isEqualTo(5);

    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = 20 - i;
    }
    FeatureVector g = features(ago(5).responses(twenty).build());
    assertThat(g.get("response_minutes_p50_30d")).isEqualTo(10); // rank 10 of 20
    assertThat(g.get("response_minutes_p95_30d")).isEqualTo(19); // rank 19 of 20
  }

  @Test
  void rescheduleAndNoShowRatesAndCounts() {
    FeatureVector f =
        features(
            ago(3).held(1).noShows(1).scheduled(4).reschedules(2, 1).build(),
            ago(10).held(4).noShows(1).scheduled(6).reschedules(1, 1).build(),
            ago(14).noShows(1).scheduled(1).build(),
            ago(15).held(8).noShows(2).scheduled(10).build(),
            ago(31).noShows(7).scheduled(7).reschedules(7, 7).build());

    assertThat(f.get("reschedule_rate_7d")).isEqualTo(0.5); // 2 / 4
    assertThat(f.get("reschedule_rate_30d")).isCloseTo(3.0 / 21, within(1e-12));
    assertThat(f.get("tutor_reschedules_7d")).isEqualTo(2);
    assertThat(f.get("short_notice_reschedules_7d")).isEqualTo(1);
    assertThat(f.get("no_shows_14d")).isEqualTo(3); // days 3, 10 and 14
    assertThat(f.get("no_shows_30d")).isEqualTo(5);
    assertThat(f.get("no_show_rate_30d")).isCloseTo(5.0 / 21, within(1e-12));
  }

  @Test
  void lateStartsObjectivesAndTechnicalIssuesPerHeldSession() {
    FeatureVector f =
        features(
            ago(4).held(4).lateStarts(1).objectivesMet(3).technicalIssues(2).build(),
            ago(40).held(4).lateStarts(4).build());

    assertThat(f.get("late_starts_30d")).isEqualTo(1);
    assertThat(f.get("late_start_rate_30d")).isEqualTo(0.25);
    assertThat(f.get("objectives_met_rate_30d")).isEqualTo(0.75);
    assertThat(f.get("technical_issue_rate_30d")).isEqualTo(0.5);
  }

  @Test
  void availabilityThisWeekAgainstTheFourWeekMean() {
    // -7 h three days ago: the level is 0 for 25 days and -7 for the last 3.
    // Last 7 days: 3 × -7 / 7 = -3; 28 days: 3 × -7 / 28 = -0.75; difference -2.25.
    FeatureVector f =
        features(ago(3).availability(1, -7).build(), ago(40).availability(1, 10).build());

    assertThat(f.get("availability_hours_vs_4w_mean")).isEqualTo(-2.25);
    assertThat(f.get("availability_hours_delta_30d")).isEqualTo(-7);
    assertThat(f.get("availability_changes_30d")).isEqualTo(1);
    // A change on the window's first day moves every day alike: no difference.
    assertThat(features(ago(28).availability(1, 4).build()).get("availability_hours_vs_4w_mean"))
        .isZero();
    // Nothing observed in the 28 days: missing.
    assertThat(features(ago(40).availability(1, 10).build()).get("availability_hours_vs_4w_mean"))
        .isNaN();
  }

  @Test
  void trainingAndSubjectsTaught() {
    FeatureVector f =
        features(
            ago(2).training(1).subjects("algebra", "physics").build(),
            ago(40).training(2).subjects("sat", "algebra").build(),
            ago(95).training(1).subjects("english").build());

    assertThat(f.get("training_completions_30d")).isEqualTo(1);
    assertThat(f.get("training_completions_total")).isEqualTo(4);
    assertThat(f.get("subjects_taught_30d")).isEqualTo(2);
    assertThat(f.get("subjects_taught_90d")).isEqualTo(3); // algebra, physics, sat
    assertThat(f.get("teaches_stem_90d")).isEqualTo(1);
    assertThat(f.get("teaches_test_prep_90d")).isEqualTo(1);
    assertThat(f.get("teaches_language_writing_90d")).isZero();
  }

  @Test
  void calendarFeaturesComeFromTheAsOfDate() {
    assertThat(calendar(LocalDate.of(2026, 12, 14))).containsExactly(1.0, 12.0, 0.0); // Monday
    assertThat(calendar(LocalDate.of(2026, 12, 15))).containsExactly(2.0, 12.0, 1.0);
    assertThat(calendar(LocalDate.of(2027, 1, 5))).containsExactly(2.0, 1.0, 1.0);
    assertThat(calendar(LocalDate.of(2027, 1, 6))).containsExactly(3.0, 1.0, 0.0);
    assertThat(calendar(LocalDate.of(2026, 11, 29))).containsExactly(7.0, 11.0, 0.0); // Sunday
  }

  private static List<Double> calendar(LocalDate asOf) {
    FeatureVector f =
        ChurnFeatures.of(new TutorProfile(TUTOR, asOf.minusDays(5), 0), List.of(), asOf);
    return List.of(f.get("day_of_week"), f.get("month"), f.get("holiday_season"));
  }

  @Test
  void daysOnOrAfterTheAsOfDateChangeNothing() {
    List<TutorDayClosed> past = new ArrayList<>();
    for (int n = 120; n >= 1; n--) {
      past.add(
          ago(n)
              .held(n % 4)
              .noShows(n % 9 == 0 ? 1 : 0)
              .reschedules(n % 5 == 0 ? 1 : 0, n % 10 == 0 ? 1 : 0)
              .ratings(n % 3, 4 * (n % 3))
              .engagementSum(0.7 * (n % 4))
              .logins(n % 2)
              .responses(n, n / 2.0)
              .availability(n % 7 == 0 ? 1 : 0, n % 7 == 0 ? -1.5 : 0)
              .training(n % 30 == 0 ? 1 : 0)
              .subjects(n % 2 == 0 ? "math" : "writing")
              .firstSessions(n % 11 == 0 ? 1 : 0, 0, n % 11 == 0 ? 1 : 0, 0, 0)
              .build());
    }
    FeatureVector before = features(past);

    List<TutorDayClosed> withFuture = new ArrayList<>(past);
    for (int n = 0; n >= -40; n--) {
      withFuture.add(
          ago(n)
              .held(20)
              .noShows(5)
              .reschedules(9, 9)
              .ratings(5, 5)
              .engagementSum(1)
              .logins(50)
              .responses(5000)
              .availability(3, 40)
              .training(4)
              .subjects("sat", "gre", "french")
              .firstSessions(3, 0, 3, 3, 3)
              .build());
    }

    assertThat(features(withFuture)).isEqualTo(before);
    assertThat(features(withFuture).toArray()).containsExactly(before.toArray());
  }

  @Test
  void daysOfAnotherTutorOrTwiceTheSameDateAreRefused() {
    assertThatThrownBy(() -> features(ago(1).tutor("T-2").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> features(ago(1).held(1).build(), ago(1).held(2).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOrderOfTheDaysDoesNotMatter() {
    List<TutorDayClosed> days =
        List.of(
            ago(1).held(1).responses(3, 1).build(),
            ago(12).held(2).responses(2).subjects("math").build(),
            ago(50).held(3).logins(4).build());
    List<TutorDayClosed> reversed = new ArrayList<>(days);
    java.util.Collections.reverse(reversed);

    assertThat(features(reversed)).isEqualTo(features(days));
  }
}
