package com.tutormax.evaluation.performance.domain;

import static com.tutormax.common.domain.PerformanceTier.AT_RISK;
import static com.tutormax.common.domain.PerformanceTier.DEVELOPING;
import static com.tutormax.common.domain.PerformanceTier.EXEMPLARY;
import static com.tutormax.common.domain.PerformanceTier.NEEDS_ATTENTION;
import static com.tutormax.common.domain.PerformanceTier.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.domain.PerformanceTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationThresholdsTest {

  @Test
  void cutOffsAreTheNearestRankPercentilesOfThePopulation() {
    PopulationThresholds t = PopulationThresholds.from(oneToHundred());

    assertThat(t).isEqualTo(new PopulationThresholds(90, 50, 15, 3));
  }

  @Test
  void ranksSplitAHundredDistinctScoresTenFortyThirtySixTwelveTwo() {
    List<Double> scores = oneToHundred();
    PopulationThresholds t = PopulationThresholds.from(scores);

    Map<PerformanceTier, Integer> counts = new EnumMap<>(PerformanceTier.class);
    for (double score : scores) {
      counts.merge(t.rank(score), 1, Integer::sum);
    }

    // At a lower cut-off is enough, so the 15th and 3rd scores rank up: 36 and 2, within one.
    assertThat(counts)
        .containsExactly(
            Map.entry(EXEMPLARY, 10),
            Map.entry(STRONG, 40),
            Map.entry(DEVELOPING, 36),
            Map.entry(NEEDS_ATTENTION, 12),
            Map.entry(AT_RISK, 2));
    assertThat(t.rank(90.5)).isEqualTo(EXEMPLARY);
    assertThat(t.rank(90)).isEqualTo(STRONG);
    assertThat(t.rank(50)).isEqualTo(DEVELOPING);
    assertThat(t.rank(3)).isEqualTo(NEEDS_ATTENTION);
    assertThat(t.rank(2.99)).isEqualTo(AT_RISK);
  }

  @Test
  void aPopulationOfEqualScoresIsAllDeveloping() {
    PopulationThresholds t = PopulationThresholds.from(Collections.nCopies(50, 70.0));

    assertThat(t.rank(70)).isEqualTo(DEVELOPING);
  }

  @Test
  void aTiedBlockAtTheTopCutOffRanksStrongNotExemplary() {
    List<Double> scores = new ArrayList<>();
    for (int i = 1; i <= 85; i++) {
      scores.add((double) i);
    }
    scores.addAll(Collections.nCopies(15, 90.0)); // ranks 86 to 100 share 90

    PopulationThresholds t = PopulationThresholds.from(scores);

    assertThat(t.exemplaryAbove()).isEqualTo(90.0);
    assertThat(t.rank(90)).isEqualTo(STRONG);
  }

  @Test
  void tooFewScoresFallBackToTheDefaults() {
    assertThat(PopulationThresholds.from(List.of())).isEqualTo(PopulationThresholds.DEFAULTS);
    assertThat(PopulationThresholds.from(Collections.nCopies(19, 80.0)))
        .isEqualTo(PopulationThresholds.DEFAULTS);
    List<Double> withGaps = new ArrayList<>(Arrays.asList(null, Double.NaN));
    withGaps.addAll(Collections.nCopies(18, 80.0));
    assertThat(PopulationThresholds.from(withGaps)).isEqualTo(PopulationThresholds.DEFAULTS);
  }

  @Test
  void theDefaultsRankLikeTheSyntheticPopulation() {
    PopulationThresholds d = PopulationThresholds.DEFAULTS;

    assertThat(d.rank(95)).isEqualTo(EXEMPLARY);
    assertThat(d.rank(80)).isEqualTo(STRONG);
    assertThat(d.rank(60)).isEqualTo(DEVELOPING);
    assertThat(d.rank(45)).isEqualTo(NEEDS_ATTENTION);
    assertThat(d.rank(30)).isEqualTo(AT_RISK);
  }

  @Test
  void cutOffsMustNotRiseTowardsLowerTiers() {
    assertThatThrownBy(() -> new PopulationThresholds(50, 60, 40, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Double> oneToHundred() {
    List<Double> scores = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      scores.add((double) i);
    }
    return scores;
  }
}
