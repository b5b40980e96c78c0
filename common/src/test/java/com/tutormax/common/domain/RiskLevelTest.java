package com.tutormax.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskLevelTest {

  @ParameterizedTest
  @CsvSource({
    "0,LOW",
    "25,LOW",
    "25.4,MEDIUM",
    "26,MEDIUM",
    "50,MEDIUM",
    "51,HIGH",
    "75,HIGH",
    "75.1,CRITICAL",
    "76,CRITICAL",
    "100,CRITICAL"
  })
  void bandsFollowThePrd(double score, RiskLevel expected) {
    assertThat(RiskLevel.of(score)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, 100.5, Double.NaN})
  void scoresOutsideZeroToHundredAreRejected(double score) {
    assertThatThrownBy(() -> RiskLevel.of(score)).isInstanceOf(IllegalArgumentException.class);
  }
}
