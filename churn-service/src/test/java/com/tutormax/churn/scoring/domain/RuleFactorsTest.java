package com.tutormax.churn.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.ChurnPredicted.Factor;
import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.rules.RuleScore;
import com.tutormax.common.testing.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFactorsTest {

  @Test
  void aCalmTutorHasNoReasons() {
    assertThat(RuleFactors.top(RuleScore.of(Vectors.calm().build()), 3)).isEmpty();
  }

  @Test
  void aRaisedFlagLeadsWithItsBonusThenComponentsByPoints() {
    // One no-show in 14 days: the +25 flag; the no-show component is mean(0, 50) = 25 → 2.5 points.
    // Tenure 30 days: (90 − 30) / 90 = 66.67 → 6.67 points.
    RuleScore score =
        RuleScore.of(
            Vectors.calm()
                .with(ChurnFeature.NO_SHOWS_14D, 1)
                .with(ChurnFeature.TENURE_DAYS, 30)
                .build());

    List<Factor> top = RuleFactors.top(score, 3);

    assertThat(top)
        .extracting(Factor::feature)
        .containsExactly("flag:no_show_risk", "tenure_risk", "no_show_risk");
    assertThat(top).extracting(Factor::contribution).containsExactly(25.0, 6.67, 2.5);
    assertThat(top).allSatisfy(f -> assertThat(f.description()).isNotBlank());
  }

  @Test
  void onlyTheLargestReasonsAreKeptAndHalfAPointIsNoReason() {
    // Tenure 89.6 days: 0.44 → 0.04 points, below half a point.
    RuleScore score =
        RuleScore.of(
            Vectors.calm()
                .with(ChurnFeature.TENURE_DAYS, 89.6)
                .with(ChurnFeature.RESCHEDULE_RATE_7D, 0.25)
                .with(ChurnFeature.RESCHEDULE_RATE_30D, 0.25)
                .with(ChurnFeature.RATING_AVG_30D, 3.0)
                .with(ChurnFeature.RATING_TREND, -0.5)
                .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 0.5)
                .build());

    // Performance: mean(50, 50) = 50 → 10; reschedule: 100 → 15; first session: 50 → 7.5.
    assertThat(RuleFactors.top(score, 3))
        .extracting(Factor::feature)
        .containsExactly("reschedule_pattern", "performance_trend", "first_session_quality");
    assertThat(RuleFactors.top(score, 10)).hasSize(3);
  }
}
