package com.tutormax.evaluation.performance.domain;

import static com.tutormax.common.domain.PerformanceTier.AT_RISK;
import static com.tutormax.common.domain.PerformanceTier.DEVELOPING;
import static com.tutormax.common.domain.PerformanceTier.EXEMPLARY;
import static com.tutormax.common.domain.PerformanceTier.NEEDS_ATTENTION;
import static com.tutormax.common.domain.PerformanceTier.STRONG;
import static com.tutormax.evaluation.performance.domain.Severity.AMBER;
import static com.tutormax.evaluation.performance.domain.Severity.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.domain.PerformanceTier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TierRuleTest {

  private static final PopulationThresholds T = new PopulationThresholds(90, 50, 15, 3);
  private static final Flag AMBER_RATING = new Flag(HeadlineMetric.RATING_AVERAGE, AMBER, 3.4);
  private static final Flag RED_NO_SHOWS = new Flag(HeadlineMetric.NO_SHOW_RATE, RED, 12);
  private static final Flag RED_RESCHEDULES = new Flag(HeadlineMetric.RESCHEDULE_RATE, RED, 30);

  @Test
  void exemplaryNeedsATopScoreAndNoFlagAtAll() {
    assertThat(tier(95, List.of())).isEqualTo(EXEMPLARY);
    assertThat(tier(95, List.of(AMBER_RATING))).isEqualTo(STRONG);
  }

  @Test
  void aRedFlagCapsAtDevelopingAndTwoRedFlagsAreAtRiskWhateverTheScore() {
    assertThat(tier(95, List.of(RED_NO_SHOWS))).isEqualTo(DEVELOPING);
    assertThat(tier(70, List.of(RED_NO_SHOWS, AMBER_RATING))).isEqualTo(DEVELOPING);
    assertThat(tier(95, List.of(RED_NO_SHOWS, RED_RESCHEDULES))).isEqualTo(AT_RISK);
  }

  @Test
  void flagsOnlyDemoteALowRankStaysLow() {
    assertThat(tier(10, List.of())).isEqualTo(NEEDS_ATTENTION);
    assertThat(tier(10, List.of(RED_NO_SHOWS))).isEqualTo(NEEDS_ATTENTION);
    assertThat(tier(1, List.of())).isEqualTo(AT_RISK);
    assertThat(tier(70, List.of(AMBER_RATING))).isEqualTo(STRONG);
  }

  @Test
  void aTutorWithoutAScoreIsDeveloping() {
    assertThat(TierRule.tier(OptionalDouble.empty(), List.of(), T)).isEqualTo(DEVELOPING);
  }

  /**
   * A thousand tutors with scores spread like the synthetic world's and flags by score rank as it
   * raises them (measured: the top tenth all green bar a few, a third of the next forty percent
   * green and a few with a red flag, most of the bottom half with a red one, the bottom with two).
   */
  @Test
  void aRealisticPopulationLandsWithinAFewPointsOfTheTargetShares() {
    Random random = new Random(42);
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      scores.add(Math.max(0, Math.min(100, 72 + 12 * random.nextGaussian())));
    }
    PopulationThresholds thresholds = PopulationThresholds.from(scores);

    Map<PerformanceTier, Integer> counts = new EnumMap<>(PerformanceTier.class);
    for (double score : scores) {
      List<Flag> flags = flagsLike(thresholds.rank(score), random);
      counts.merge(TierRule.tier(OptionalDouble.of(score), flags, thresholds), 1, Integer::sum);
    }

    assertThat(share(counts, EXEMPLARY)).isCloseTo(10, within(3.0));
    assertThat(share(counts, STRONG)).isCloseTo(40, within(3.0));
    assertThat(share(counts, DEVELOPING)).isCloseTo(35, within(3.0));
    assertThat(share(counts, NEEDS_ATTENTION)).isCloseTo(12, within(3.0));
    assertThat(share(counts, AT_RISK)).isCloseTo(3, within(3.0));
  }

  private static List<Flag> flagsLike(PerformanceTier rank, Random random) {
    double u = random.nextDouble();
    switch (rank) {
      case EXEMPLARY:
        return u < 0.97 ? List.of() : List.of(AMBER_RATING);
      case STRONG:
        return u < 0.38 ? List.of() : u < 0.94 ? List.of(AMBER_RATING) : List.of(RED_NO_SHOWS);
      case DEVELOPING:
        return u < 0.27 ? List.of(AMBER_RATING) : u < 0.99 ? List.of(RED_NO_SHOWS) : twoRed();
      case NEEDS_ATTENTION:
        return u < 0.08 ? List.of(AMBER_RATING) : u < 0.83 ? List.of(RED_NO_SHOWS) : twoRed();
      default:
        return u < 0.3 ? List.of(RED_NO_SHOWS) : twoRed();
    }
  }

  private static List<Flag> twoRed() {
    return List.of(RED_NO_SHOWS, RED_RESCHEDULES);
  }

  private static double share(Map<PerformanceTier, Integer> counts, PerformanceTier tier) {
    return counts.getOrDefault(tier, 0) / 10.0;
  }

  private static PerformanceTier tier(double score, List<Flag> flags) {
    return TierRule.tier(OptionalDouble.of(score), flags, T);
  }
}
