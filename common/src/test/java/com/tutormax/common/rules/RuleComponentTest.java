package com.tutormax.common.rules;

import static com.tutormax.common.rules.RuleComponent.AVAILABILITY_REDUCTION;
import static com.tutormax.common.rules.RuleComponent.ENGAGEMENT_DECLINE;
import static com.tutormax.common.rules.RuleComponent.FIRST_SESSION_QUALITY;
import static com.tutormax.common.rules.RuleComponent.NO_SHOW_RISK;
import static com.tutormax.common.rules.RuleComponent.PERFORMANCE_TREND;
import static com.tutormax.common.rules.RuleComponent.RESCHEDULE_PATTERN;
import static com.tutormax.common.rules.RuleComponent.TENURE_RISK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.testing.Vectors;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleComponentTest {

  private static final double EPS = 1e-9;

  @Test
  void theSevenPrdWeightsSumToOne() {
    assertThat(ENGAGEMENT_DECLINE.weight()).isEqualTo(0.25);
    assertThat(PERFORMANCE_TREND.weight()).isEqualTo(0.20);
    assertThat(RESCHEDULE_PATTERN.weight()).isEqualTo(0.15);
    assertThat(FIRST_SESSION_QUALITY.weight()).isEqualTo(0.15);
    assertThat(NO_SHOW_RISK.weight()).isEqualTo(0.10);
    assertThat(TENURE_RISK.weight()).isEqualTo(0.10);
    assertThat(AVAILABILITY_REDUCTION.weight()).isEqualTo(0.05);
    assertThat(RuleComponent.values()).hasSize(7);
    assertThat(Arrays.stream(RuleComponent.values()).mapToDouble(RuleComponent::weight).sum())
        .isCloseTo(1.0, within(EPS));
  }

  @Test
  void keysAreStableSnakeCase() {
    assertThat(Arrays.stream(RuleComponent.values()).map(RuleComponent::key))
        .containsExactly(
            "engagement_decline",
            "performance_trend",
            "reschedule_pattern",
            "first_session_quality",
            "no_show_risk",
            "tenure_risk",
            "availability_reduction");
  }

  @Test
  void aCalmTutorScoresZeroOnEveryComponent() {
    var f = Vectors.calm().build();
    for (RuleComponent c : RuleComponent.values()) {
      assertThat(c.score(f)).as(c.key()).isEqualTo(0.0);
    }
  }

  @Test
  void engagementDeclineIsTheMeanOfSessionLoginAndEngagementDrops() {
    // sessions −0.5 → 50, logins −0.2 → 20, engagement −0.1 of 0.25 → 40: mean 110/3
    var f =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_TREND, -0.5)
            .with(ChurnFeature.LOGINS_TREND, -0.2)
            .with(ChurnFeature.ENGAGEMENT_TREND, -0.1)
            .build();
    assertThat(ENGAGEMENT_DECLINE.score(f)).isCloseTo(110.0 / 3, within(EPS));
  }

  @Test
  void engagementDeclineIgnoresRisesClampsDropsAndSkipsMissingSignals() {
    // sessions stopped → 100, logins rising → 0, engagement drop 0.5 (> 0.25) → 100
    var f =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_TREND, -1.0)
            .with(ChurnFeature.LOGINS_TREND, 0.8)
            .with(ChurnFeature.ENGAGEMENT_TREND, -0.5)
            .build();
    assertThat(ENGAGEMENT_DECLINE.score(f)).isCloseTo(200.0 / 3, within(EPS));
    // only the session trend is known: the component is that sub-signal alone
    var g =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_TREND, -0.5)
            .missing(ChurnFeature.LOGINS_TREND, ChurnFeature.ENGAGEMENT_TREND)
            .build();
    assertThat(ENGAGEMENT_DECLINE.score(g)).isCloseTo(50.0, within(EPS));
  }

  @Test
  void performanceTrendIsTheMeanOfRatingDropAndShortfallBelowFour() {
    // drop 0.5 star → 50; 30-day average 3.0 → (4 − 3)/2 → 50
    var f =
        Vectors.calm()
            .with(ChurnFeature.RATING_TREND, -0.5)
            .with(ChurnFeature.RATING_AVG_30D, 3.0)
            .build();
    assertThat(PERFORMANCE_TREND.score(f)).isCloseTo(50.0, within(EPS));
    // average 1.5 → 100 (clamped), rising trend → 0
    var g =
        Vectors.calm()
            .with(ChurnFeature.RATING_TREND, 0.3)
            .with(ChurnFeature.RATING_AVG_30D, 1.5)
            .build();
    assertThat(PERFORMANCE_TREND.score(g)).isCloseTo(50.0, within(EPS));
    // no rating this week: the trend is missing, the 30-day shortfall alone counts (3.5 → 25)
    var h =
        Vectors.calm()
            .missing(ChurnFeature.RATING_TREND)
            .with(ChurnFeature.RATING_AVG_30D, 3.5)
            .build();
    assertThat(PERFORMANCE_TREND.score(h)).isCloseTo(25.0, within(EPS));
  }

  @Test
  void reschedulePatternScalesBothRatesToFullAtAQuarter() {
    // 7-day 0.5 → 100 (clamped), 30-day 0.1 → 40: mean 70
    var f =
        Vectors.calm()
            .with(ChurnFeature.RESCHEDULE_RATE_7D, 0.5)
            .with(ChurnFeature.RESCHEDULE_RATE_30D, 0.1)
            .build();
    assertThat(RESCHEDULE_PATTERN.score(f)).isCloseTo(70.0, within(EPS));
    // nothing scheduled this week: the 30-day rate alone
    var g =
        Vectors.calm()
            .missing(ChurnFeature.RESCHEDULE_RATE_7D)
            .with(ChurnFeature.RESCHEDULE_RATE_30D, 0.05)
            .build();
    assertThat(RESCHEDULE_PATTERN.score(g)).isCloseTo(20.0, within(EPS));
  }

  @Test
  void firstSessionQualityIsTheFailureRate() {
    var f = Vectors.calm().with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0.25).build();
    assertThat(FIRST_SESSION_QUALITY.score(f)).isCloseTo(75.0, within(EPS));
  }

  @Test
  void noShowRiskIsTheMeanOfRateAndRecentCount() {
    // rate 0.05 of 0.2 → 25; one no-show in 14 days of 2 → 50: mean 37.5
    var f =
        Vectors.calm()
            .with(ChurnFeature.NO_SHOW_RATE_30D, 0.05)
            .with(ChurnFeature.NO_SHOWS_14D, 1)
            .build();
    assertThat(NO_SHOW_RISK.score(f)).isCloseTo(37.5, within(EPS));
    // nothing scheduled in 30 days: the rate is missing, the count (0) still counts
    var g = Vectors.calm().missing(ChurnFeature.NO_SHOW_RATE_30D).build();
    assertThat(NO_SHOW_RISK.score(g)).isEqualTo(0.0);
  }

  @ParameterizedTest
  @CsvSource({"0, 100", "9, 90", "45, 50", "90, 0", "400, 0"})
  void tenureRiskFallsLinearlyToZeroAtNinetyDays(int tenure, double expected) {
    var f = Vectors.calm().with(ChurnFeature.TENURE_DAYS, tenure).build();
    assertThat(TENURE_RISK.score(f)).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest
  @CsvSource({"-2.25, 45", "-5, 100", "-8, 100", "0, 0", "3, 0"})
  void availabilityReductionIsFullAtFiveHoursBelowTheFourWeekMean(double delta, double expected) {
    var f = Vectors.calm().with(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, delta).build();
    assertThat(AVAILABILITY_REDUCTION.score(f)).isCloseTo(expected, within(EPS));
  }

  @Test
  void aComponentWithoutAnyInputIsMissing() {
    var f = Vectors.empty(10).build();
    assertThat(ENGAGEMENT_DECLINE.score(f)).isNaN();
    assertThat(PERFORMANCE_TREND.score(f)).isNaN();
    assertThat(RESCHEDULE_PATTERN.score(f)).isNaN();
    assertThat(FIRST_SESSION_QUALITY.score(f)).isNaN();
    assertThat(AVAILABILITY_REDUCTION.score(f)).isNaN();
    // counts and tenure are never missing
    assertThat(NO_SHOW_RISK.score(f)).isEqualTo(0.0);
    assertThat(TENURE_RISK.score(f)).isCloseTo(80.0 / 90 * 100, within(EPS));
  }

  @Test
  void everyComponentStaysWithinZeroToHundred() {
    var extreme =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_TREND, -1)
            .with(ChurnFeature.LOGINS_TREND, -1)
            .with(ChurnFeature.ENGAGEMENT_TREND, -1)
            .with(ChurnFeature.RATING_TREND, -4)
            .with(ChurnFeature.RATING_AVG_30D, 1)
            .with(ChurnFeature.RESCHEDULE_RATE_7D, 3)
            .with(ChurnFeature.RESCHEDULE_RATE_30D, 3)
            .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0)
            .with(ChurnFeature.NO_SHOW_RATE_30D, 1)
            .with(ChurnFeature.NO_SHOWS_14D, 14)
            .with(ChurnFeature.TENURE_DAYS, 0)
            .with(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, -40)
            .build();
    for (RuleComponent c : RuleComponent.values()) {
      assertThat(c.score(extreme)).as(c.key()).isEqualTo(100.0);
    }
  }
}
