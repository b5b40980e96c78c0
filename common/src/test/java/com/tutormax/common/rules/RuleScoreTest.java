package com.tutormax.common.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.FeatureVector;
import com.tutormax.common.testing.Vectors;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RuleScoreTest {

  private static final double EPS = 1e-9;

  /**
   * Every component at a round value: engagement 40 (sessions, logins −0.4; engagement −0.1),
   * performance 50 (drop 0.5, average 3.0), reschedule 60 (rates 0.25 and 0.05), first session 50
   * (success 0.5), no-show 0, tenure 50 (45 days), availability 50 (−2.5 h).
   */
  private static Vectors mixed() {
    return Vectors.calm()
        .with(ChurnFeature.SESSIONS_TREND, -0.4)
        .with(ChurnFeature.LOGINS_TREND, -0.4)
        .with(ChurnFeature.ENGAGEMENT_TREND, -0.1)
        .with(ChurnFeature.RATING_TREND, -0.5)
        .with(ChurnFeature.RATING_AVG_30D, 3.0)
        .with(ChurnFeature.RESCHEDULE_RATE_7D, 0.25)
        .with(ChurnFeature.RESCHEDULE_RATE_30D, 0.05)
        .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 2)
        .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0.5)
        .with(ChurnFeature.TENURE_DAYS, 45)
        .with(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, -2.5);
  }

  @Test
  void aCalmTutorScoresZeroLow() {
    RuleScore s = RuleScore.of(Vectors.calm().build());
    assertThat(s.weightedSum()).isEqualTo(0.0);
    assertThat(s.score()).isEqualTo(0.0);
    assertThat(s.riskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(s.flags()).isEmpty();
    assertThat(s.flagNames()).isEmpty();
    assertThat(s.missing()).isEmpty();
  }

  @Test
  void theWeightedSumOfHandComputedComponents() {
    RuleScore s = RuleScore.of(mixed().build());
    // 0.25×40 + 0.20×50 + 0.15×60 + 0.15×50 + 0.10×0 + 0.10×50 + 0.05×50
    // = 10 + 10 + 9 + 7.5 + 0 + 5 + 2.5 = 44
    assertThat(s.components())
        .containsExactly(
            entry("engagement_decline", 40.0),
            entry("performance_trend", 50.0),
            entry("reschedule_pattern", 60.0),
            entry("first_session_quality", 50.0),
            entry("no_show_risk", 0.0),
            entry("tenure_risk", 50.0),
            entry("availability_reduction", 50.0));
    assertThat(s.weightedSum()).isEqualTo(44.0);
    assertThat(s.flags()).isEmpty();
    assertThat(s.score()).isEqualTo(44.0);
    assertThat(s.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void flagsAddTheirBonusesOnTopOfTheWeightedSum() {
    // three short-notice reschedules this week: 44 + 20 = 64, high
    RuleScore s =
        RuleScore.of(
            mixed()
                .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 3)
                .with(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, 3)
                .build());
    assertThat(s.flags()).containsExactly(PatternFlag.HIGH_RESCHEDULE);
    assertThat(s.flagNames()).containsExactly("high_reschedule");
    assertThat(s.flagBonus()).isEqualTo(20);
    assertThat(s.weightedSum()).isEqualTo(44.0);
    assertThat(s.score()).isEqualTo(64.0);
    assertThat(s.riskLevel()).isEqualTo(RiskLevel.HIGH);

    // and a first session rated below 3: 44 + 20 + 15 = 79, critical
    RuleScore t =
        RuleScore.of(
            mixed()
                .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 3)
                .with(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, 3)
                .with(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D, 1)
                .build());
    assertThat(t.flagNames()).containsExactly("poor_first_session", "high_reschedule");
    assertThat(t.score()).isEqualTo(79.0);
    assertThat(t.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void theScoreIsCappedAtHundred() {
    // plus a no-show in 14 days: no-show component (0 + 50)/2 = 25 → +2.5, weighted 46.5;
    // flags 15 + 20 + 25 = 60; 106.5 capped at 100
    RuleScore s =
        RuleScore.of(
            mixed()
                .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 3)
                .with(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, 3)
                .with(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D, 1)
                .with(ChurnFeature.NO_SHOWS_14D, 1)
                .with(ChurnFeature.NO_SHOWS_30D, 1)
                .build());
    assertThat(s.component(RuleComponent.NO_SHOW_RISK)).isEqualTo(25.0);
    assertThat(s.weightedSum()).isEqualTo(46.5);
    assertThat(s.flags()).containsExactlyElementsOf(EnumSet.allOf(PatternFlag.class));
    assertThat(s.flagBonus()).isEqualTo(60);
    assertThat(s.score()).isEqualTo(100.0);
    assertThat(s.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void riskBandsAtTwentyFiveFiftyAndSeventyFive() {
    // tenure 0 (10) + no first session succeeded (15) = 25: low
    Vectors base =
        Vectors.calm()
            .with(ChurnFeature.TENURE_DAYS, 0)
            .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0);
    assertBand(base.build(), 25.0, RiskLevel.LOW);
    // + 0.5 h less availability (10 × 0.05 = 0.5) = 25.5: medium
    assertBand(
        base.with(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, -0.5).build(),
        25.5,
        RiskLevel.MEDIUM);
    // availability −5 h (5) + four ordinary reschedules (+20) = 10 + 15 + 5 + 20 = 50: medium
    Vectors fifty =
        base.with(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, -5)
            .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 4);
    assertBand(fifty.build(), 50.0, RiskLevel.MEDIUM);
    // + a 30-day rating of 3.9 with no rating this week: performance (4 − 3.9)/2 → 5, × 0.2 = 1
    // → 51: high
    assertBand(
        fifty.with(ChurnFeature.RATING_AVG_30D, 3.9).missing(ChurnFeature.RATING_TREND).build(),
        51.0,
        RiskLevel.HIGH);
    // sessions and logins stopped (25) + high reschedule (20) + poor first session (15) +
    // no first session succeeded (15) = 75: high
    Vectors seventyFive =
        Vectors.calm()
            .with(ChurnFeature.SESSIONS_TREND, -1)
            .with(ChurnFeature.LOGINS_TREND, -1)
            .missing(ChurnFeature.ENGAGEMENT_TREND)
            .with(ChurnFeature.TUTOR_RESCHEDULES_7D, 4)
            .with(ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D, 1)
            .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0);
    assertBand(seventyFive.build(), 75.0, RiskLevel.HIGH);
    // + tenure 81 days (1) = 76: critical
    assertBand(seventyFive.with(ChurnFeature.TENURE_DAYS, 81).build(), 76.0, RiskLevel.CRITICAL);
  }

  private static void assertBand(FeatureVector f, double score, RiskLevel level) {
    RuleScore s = RuleScore.of(f);
    assertThat(s.score()).isEqualTo(score);
    assertThat(s.riskLevel()).isEqualTo(level);
  }

  @Test
  void componentsWithoutDataCountZeroAndAreListedAsMissing() {
    // a tutor 10 days in with nothing to measure: only tenure counts, (80/90) × 100 × 0.1 = 8.89
    RuleScore s = RuleScore.of(Vectors.empty(10).build());
    assertThat(s.missing())
        .containsExactlyInAnyOrder(
            RuleComponent.ENGAGEMENT_DECLINE,
            RuleComponent.PERFORMANCE_TREND,
            RuleComponent.RESCHEDULE_PATTERN,
            RuleComponent.FIRST_SESSION_QUALITY,
            RuleComponent.AVAILABILITY_REDUCTION);
    assertThat(s.components().values()).doesNotContainNull().allMatch(v -> !v.isNaN());
    assertThat(s.component(RuleComponent.ENGAGEMENT_DECLINE)).isEqualTo(0.0);
    assertThat(s.component(RuleComponent.TENURE_RISK)).isCloseTo(800.0 / 9, within(EPS));
    assertThat(s.weightedSum()).isEqualTo(8.89);
    assertThat(s.score()).isEqualTo(8.89);
    assertThat(s.riskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(s.flags()).isEmpty();
  }

  @Test
  void theRecordIsImmutable() {
    RuleScore s = RuleScore.of(mixed().build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.components().put("x", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> s.flags().add(PatternFlag.NO_SHOW_RISK))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
