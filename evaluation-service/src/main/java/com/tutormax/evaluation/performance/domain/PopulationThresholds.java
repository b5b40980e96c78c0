package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.PerformanceTier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Performance-score cut-offs that turn a score into a rank tier, computed at the daily rollup from
 * the active tutors' scores so the tiers hold the PRD's shares: Exemplary the top 10%, Strong the
 * next 40%, Developing the next 35%, Needs Attention the next 12%, At Risk the bottom 3%. The
 * cut-offs are the nearest-rank 90th, 50th, 15th and 3rd percentiles ({@link Percentiles}).
 *
 * <p>Ties: Exemplary and Strong need a score strictly above their cut-off; Developing and Needs
 * Attention need a score at or above theirs. A block of equal scores at a cut-off therefore lands
 * in the middle tier of the two, never inflating Exemplary or At Risk (everyone equal: all
 * Developing).
 *
 * @param exemplaryAbove score above which a tutor ranks Exemplary (90th percentile)
 * @param strongAbove score above which a tutor ranks Strong (median)
 * @param developingFrom score from which a tutor ranks Developing (15th percentile)
 * @param needsAttentionFrom score from which a tutor ranks Needs Attention (3rd percentile)
 */
public record PopulationThresholds(
    double exemplaryAbove, double strongAbove, double developingFrom, double needsAttentionFrom) {

  /**
   * Before the first rollup, and whenever fewer than {@value #MINIMUM_POPULATION} tutors have a
   * score: about the percentiles of the synthetic world's scores (measured over several seeds and
   * months), rounded.
   */
  public static final PopulationThresholds DEFAULTS = new PopulationThresholds(86, 72, 55, 40);

  /** Fewer scored tutors than this make percentiles meaningless: the defaults apply. */
  public static final int MINIMUM_POPULATION = 20;

  public PopulationThresholds {
    if (!(exemplaryAbove >= strongAbove
        && strongAbove >= developingFrom
        && developingFrom >= needsAttentionFrom)) {
      throw new IllegalArgumentException("cut-offs must not increase towards lower tiers");
    }
  }

  /** The cut-offs of a population of scores (null and NaN scores are ignored). */
  public static PopulationThresholds from(Collection<Double> scores) {
    List<Double> sorted = new ArrayList<>();
    for (Double score : scores) {
      if (score != null && !score.isNaN()) {
        sorted.add(score);
      }
    }
    if (sorted.size() < MINIMUM_POPULATION) {
      return DEFAULTS;
    }
    sorted.sort(null);
    return new PopulationThresholds(
        Percentiles.nearestRank(sorted, 90),
        Percentiles.nearestRank(sorted, 50),
        Percentiles.nearestRank(sorted, 15),
        Percentiles.nearestRank(sorted, 3));
  }

  /** The tier a score earns by rank alone, before flags. */
  public PerformanceTier rank(double score) {
    if (score > exemplaryAbove) {
      return PerformanceTier.EXEMPLARY;
    }
    if (score > strongAbove) {
      return PerformanceTier.STRONG;
    }
    if (score >= developingFrom) {
      return PerformanceTier.DEVELOPING;
    }
    if (score >= needsAttentionFrom) {
      return PerformanceTier.NEEDS_ATTENTION;
    }
    return PerformanceTier.AT_RISK;
  }
}
