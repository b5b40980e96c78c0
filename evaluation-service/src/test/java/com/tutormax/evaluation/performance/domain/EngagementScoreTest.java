package com.tutormax.evaluation.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EngagementScoreTest {

  @Test
  void aDailyLoginEngagedSessionsAndFastAnswersScoreFull() {
    assertThat(EngagementScore.of(7, 0.80, 30.0)).isEqualTo(100.0);
    assertThat(EngagementScore.of(14, 0.95, 5.0)).isEqualTo(100.0);
  }

  @Test
  void eachPartIsLinearBetweenItsZeroAndFullPoints() {
    assertThat(EngagementScore.loginPart(3.5)).isEqualTo(0.5);
    assertThat(EngagementScore.sessionPart(0.45)).isEqualTo(0.0);
    assertThat(EngagementScore.sessionPart(0.625)).isCloseTo(0.5, within(1e-12));
    assertThat(EngagementScore.responsePart(105)).isEqualTo(0.5);
    assertThat(EngagementScore.responsePart(600)).isEqualTo(0.0);
  }

  @Test
  void theScoreIsTheWeightedMeanOfTheParts() {
    // 0.25 × 0.5 + 0.50 × 0.5 + 0.25 × 1 = 0.625
    assertThat(EngagementScore.of(3.5, 0.625, 20.0)).isCloseTo(62.5, within(1e-9));
  }

  @Test
  void aDecliningTutorFallsBelowTheSixtyThreshold() {
    // Half the logins, engagement down to 0.55, answers after two hours: 0.125 + 0.143 + 0.1.
    assertThat(EngagementScore.of(3.5, 0.55, 120.0)).isCloseTo(36.79, within(0.01));
  }

  @Test
  void missingPartsDropOutAndTheOthersAreReweighted() {
    // Logins only: 3.5 a week is half.
    assertThat(EngagementScore.of(3.5, null, null)).isEqualTo(50.0);
    // Logins 0.5 (weight 0.25) and sessions 1.0 (weight 0.5): 0.625 / 0.75.
    assertThat(EngagementScore.of(3.5, 0.9, null)).isCloseTo(83.333, within(0.001));
  }
}
