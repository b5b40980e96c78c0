package com.tutormax.common.rules;

import static com.tutormax.common.rules.PatternFlag.HIGH_RESCHEDULE;
import static com.tutormax.common.rules.PatternFlag.NO_SHOW_RISK;
import static com.tutormax.common.rules.PatternFlag.POOR_FIRST_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

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
  void poorFirstSessionFiresOnAnyOfItsThreeSignals() {
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

  @ParameterizedTest(name = "{0} reschedules, {1} short notice → weighted {2}, flag {3}")
  @CsvSource({
    "3, 3, 4.5, true", // three late-notice reschedules in a week
    "3, 0, 3.0, false", // three ordinary ones: not more than 3
    "4, 0, 4.0, true",
    "3, 1, 3.5, true",
    "2, 2, 3.0, false",
    "0, 0, 0.0, false",
    "2, 5, 3.0, false" // short notice is a subset of all reschedules
  })
  void highRescheduleWeighsShortNoticeOneAndAHalf(
      int all, int shortNotice, double weighted, boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.TUTOR_RESCHEDULES_7D, all)
            .with(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, shortNotice)
            .build();
    assertThat(PatternFlag.weightedReschedules7d(f)).isEqualTo(weighted);
    assertThat(HIGH_RESCHEDULE.raisedBy(f)).isEqualTo(raised);
  }

  @ParameterizedTest(name = "no-shows 14d {0}, 30d {1}, logins trend {2} → {3}")
  @CsvSource({
    "1, 1, 0.0, true", // a no-show in the last 14 days
    "0, 3, -0.31, true", // logins down > 30% and > 2 missed sessions
    "0, 3, -0.3, false", // down exactly 30%: not more than
    "0, 2, -0.5, false", // only 2 missed sessions
    "0, 5, 0.2, false", // logins not down
    "0, 5, NaN, false", // no login trend: not down
    "0, 0, -1.0, false"
  })
  void noShowRiskFiresOnARecentNoShowOrLoginDropWithMissedSessions(
      int noShows14, int noShows30, double loginsTrend, boolean raised) {
    var f =
        Vectors.calm()
            .with(ChurnFeature.NO_SHOWS_14D, noShows14)
            .with(ChurnFeature.NO_SHOWS_30D, noShows30)
            .with(ChurnFeature.LOGINS_TREND, loginsTrend)
            .build();
    assertThat(NO_SHOW_RISK.raisedBy(f)).isEqualTo(raised);
  }
}
