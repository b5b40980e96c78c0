package com.tutormax.common.rules;

import static com.tutormax.common.rules.PatternFlag.HIGH_RESCHEDULE;
import static com.tutormax.common.rules.PatternFlag.NO_SHOW_RISK;
import static com.tutormax.common.rules.PatternFlag.POOR_FIRST_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.testing.Vectors;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternFlagTest {

  @Test
  void bonusesAndKeysAreThePrds() {
    assertThat(POOR_FIRST_SESSION.bonus()).isEqualTo(15);
    assertThat(HIGH_RESCHEDULE.bonus()).isEqualTo(20);
    assertThat(NO_SHOW_RISK.bonus()).isEqualTo(25);
    assertThat(Arrays.stream(PatternFlag.values()).map(PatternFlag::key))
        .containsExactly("poor_first_session", "high_reschedule", "no_show_risk");
  }

  @Test
  void aCalmTutorRaisesNoFlag() {
    var f = Vectors.calm().build();
    for (PatternFlag flag : PatternFlag.values()) {
      assertThat(flag.raisedBy(f)).as(flag.key()).isFalse();
    }
  }

  @Test
  void poorFirstSessionFiresOnAnyOfItsThreeSignalsForATutorWithFewFirstSessions() {
    // calm: 2 first sessions in 90 days and no session counts, so no first-session volume
    assertThat(
            POOR_FIRST_SESSION.raisedBy(
                Vectors.calm().with(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D, 1).build()))
        .isTrue();
    assertThat(
            POOR_FIRST_SESSION.raisedBy(
                Vectors.calm().with(ChurnFeature.FIRST_SESSION_LATE_STARTS_30D, 1).build()))
        .isTrue();
    assertThat(
            POOR_FIRST_SESSION.raisedBy(
                Vectors.calm().with(ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D, 1).build()))
        .isTrue();
    // a poor first-session success rate alone is the component, not the flag
    assertThat(
            POOR_FIRST_SESSION.raisedBy(
                Vectors.calm().with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0).build()))
        .isFalse();
  }

  @ParameterizedTest(
      name = "{0} first sessions in 90 d, sessions 30 d/90 d {1}/{2}, poor {3}/{4}/{5} → {6}")
  @CsvSource({
    // 60 first sessions over 90 days, a third of the sessions in the last 30: 20 this month
    "60, 100, 300, 10, 0, 0, false", // half of 20: not more than half
    "60, 100, 300, 11, 0, 0, true",
    "60, 100, 300, 0, 11, 0, true", // not recommended
    "60, 100, 300, 0, 0, 11, true", // late starts
    "60, 100, 300, 8, 8, 8, false", // the signals overlap: the largest count, 8, is the floor
    // a short history: the 30-day share of the 90-day sessions, not 30/90 of the days
    "40, 300, 400, 15, 0, 0, false", // 40 × 300/400 = 30 first sessions this month: 15 is half
    "40, 300, 400, 16, 0, 0, true",
    "1, 1, 1, 1, 0, 0, true", // one first session, rated below 3 (the PRD's "any")
    "0, 0, 0, 0, 0, 0, false"
  })
  void poorFirstSessionFiresOnMoreThanHalfOfTheMonthsFirstSessions(
      int firstSessions90,
      int sessions30,
      int sessions90,
      int poorlyRated,
      int notRecommended,
      int lateStarts,
      boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.FIRST_SESSIONS_90D, firstSessions90)
            .with(ChurnFeature.SESSIONS_30D, sessions30)
            .with(ChurnFeature.SESSIONS_90D, sessions90)
            .with(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D, poorlyRated)
            .with(ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D, notRecommended)
            .with(ChurnFeature.FIRST_SESSION_LATE_STARTS_30D, lateStarts)
            .build();
    assertThat(POOR_FIRST_SESSION.raisedBy(f)).isEqualTo(raised);
  }

  @Test
  void firstSessionsOfTheMonthAreTheNinetyDayCountAtTheThirtyDayShareOfSessions() {
    var f =
        Vectors.calm()
            .with(ChurnFeature.FIRST_SESSIONS_90D, 40)
            .with(ChurnFeature.SESSIONS_30D, 300)
            .with(ChurnFeature.SESSIONS_90D, 400)
            .build();
    assertThat(PatternFlag.firstSessions30d(f)).isEqualTo(30.0);
    assertThat(PatternFlag.firstSessions30d(Vectors.calm().build())).isEqualTo(0.0);
  }

  @ParameterizedTest(name = "{0} reschedules, {1} short notice, {2} held → weighted {3}, flag {4}")
  @CsvSource({
    "3, 3, 0, 4.5, true", // three late-notice reschedules in a week
    "3, 3, 7, 4.5, true", // ... for a tutor holding a session a day
    "3, 3, 41, 4.5, true", // 4.5 > 0.1 × 44
    "3, 3, 42, 4.5, false", // 4.5 is not above 0.1 × 45: routine for a busy tutor
    "3, 0, 0, 3.0, false", // three ordinary ones: not more than 3
    "4, 0, 0, 4.0, true",
    "4, 0, 36, 4.0, false", // 4 is not above 0.1 × 40
    "8, 4, 60, 10.0, true", // 10 > 0.1 × 68
    "3, 1, 0, 3.5, true",
    "2, 2, 0, 3.0, false",
    "0, 0, 0, 0.0, false",
    "2, 5, 0, 3.0, false" // short notice is a subset of all reschedules
  })
  void highRescheduleWeighsShortNoticeOneAndAHalfAgainstTheWeeksVolume(
      int all, int shortNotice, int held, double weighted, boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.TUTOR_RESCHEDULES_7D, all)
            .with(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, shortNotice)
            .with(ChurnFeature.SESSIONS_7D, held)
            .build();
    assertThat(PatternFlag.weightedReschedules7d(f)).isEqualTo(weighted);
    assertThat(PatternFlag.sessionsVolume7d(f)).isEqualTo(all + held);
    assertThat(HIGH_RESCHEDULE.raisedBy(f)).isEqualTo(raised);
  }

  @ParameterizedTest(name = "no-shows 14d {0} with {1} held this week → rate {2}, flag {3}")
  @CsvSource({
    "1, 0, 1.0, true", // a no-show and nothing held this week
    "1, 7, 0.0666666667, true", // a session a day: one no-show is the PRD's flag
    "1, 9, 0.0526315789, true",
    "1, 10, 0.0476190476, false", // 1 in 21: not above 1 in 20
    "3, 70, 0.0209790210, false", // ten a day: a usual fortnight's no-shows
    "7, 70, 0.0476190476, false",
    "8, 70, 0.0540540541, true",
    "0, 0, 0.0, false"
  })
  void noShowRiskFiresOnAFourteenDayNoShowRateAboveOneInTwenty(
      int noShows14, int held7, double rate, boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.NO_SHOWS_14D, noShows14)
            .with(ChurnFeature.NO_SHOWS_30D, noShows14)
            .with(ChurnFeature.SESSIONS_7D, held7)
            .build();
    assertThat(PatternFlag.noShowRate14d(f)).isCloseTo(rate, within(1e-9));
    assertThat(NO_SHOW_RISK.raisedBy(f)).isEqualTo(raised);
  }

  @ParameterizedTest(name = "no-shows 30d {0} at rate {1}, logins trend {2} → {3}")
  @CsvSource({
    "3, 0.03, -0.31, true", // logins down > 30% and > 2 missed sessions, above the usual rate
    "3, 0.03, -0.3, false", // down exactly 30%: not more than
    "2, 0.5, -0.5, false", // only 2 missed sessions
    "9, 0.025, -0.5, false", // 9 of 360: the usual rate, not missed beyond volume
    "9, 0.026, -0.5, true",
    "5, 0.5, 0.2, false", // logins not down
    "5, 0.5, NaN, false", // no login trend: not down
    "0, 0, -1.0, false"
  })
  void noShowRiskFiresOnALoginDropWithMoreMissedSessionsThanUsual(
      int noShows30, double rate30, double loginsTrend, boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_7D, 70)
            .with(ChurnFeature.NO_SHOWS_30D, noShows30)
            .with(ChurnFeature.NO_SHOW_RATE_30D, rate30)
            .with(ChurnFeature.LOGINS_TREND, loginsTrend)
            .build();
    assertThat(NO_SHOW_RISK.raisedBy(f)).isEqualTo(raised);
  }
}
