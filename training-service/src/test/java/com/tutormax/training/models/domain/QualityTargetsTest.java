package com.tutormax.training.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.training.models.domain.QualityTargets.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityTargetsTest {

  @Test
  void theThirtyDayModelIsHeldToThePrdTargetsAndOurs() {
    List<Check> checks = QualityTargets.of(30, 0.88, 0.75, 0.10, 0.70);

    assertThat(checks)
        .extracting(Check::target, Check::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AUC-ROC >= 0.85 (PRD)", true),
            org.assertj.core.groups.Tuple.tuple("AUC-ROC >= 0.90 (ours)", false),
            org.assertj.core.groups.Tuple.tuple("precision in the top 10% >= 0.75", true),
            org.assertj.core.groups.Tuple.tuple("Brier score <= 0.10", true),
            org.assertj.core.groups.Tuple.tuple(
                "AUC-ROC beats the rule score's on the same rows", true));
    assertThat(QualityTargets.of(30, 0.95, 0.74, 0.11, 0.70))
        .filteredOn(c -> !c.met())
        .extracting(Check::value)
        .containsExactly(0.74, 0.11);
  }

  @Test
  void otherWindowsMustBeatTheRuleScore() {
    assertThat(QualityTargets.of(7, 0.80, 0.5, 0.2, 0.80))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.met()).isFalse();
              assertThat(c.threshold()).isEqualTo(0.80);
            });
    assertThat(QualityTargets.of(1, 0.81, 0.5, 0.2, 0.80).get(0).met()).isTrue();
  }

  @Test
  void anUnmeasuredValueMeetsNothing() {
    assertThat(QualityTargets.of(30, Double.NaN, Double.NaN, Double.NaN, 0.6))
        .noneMatch(Check::met);
    assertThat(QualityTargets.of(90, 0.9, 0.9, 0.05, Double.NaN)).noneMatch(Check::met);
  }
}
