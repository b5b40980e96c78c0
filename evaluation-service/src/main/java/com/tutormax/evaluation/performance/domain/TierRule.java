package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.PerformanceTier;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A tutor's tier: the rank tier of the score ({@link PopulationThresholds#rank}), then capped by
 * the 30-day flags, whichever is worse.
 *
 * <ul>
 *   <li>No flags: no cap (Exemplary needs the top-10% score and all green).
 *   <li>Amber flags only: Strong at best (Strong allows areas to improve, not red flags).
 *   <li>One red flag: Developing at best.
 *   <li>{@value #CRITICAL_RED_FLAGS} or more red flags — critical issues: At Risk whatever the
 *       score.
 * </ul>
 *
 * A tutor without a score (no metric has its minimum sample yet) is Developing: neither praised nor
 * flagged until there is something to judge.
 */
public final class TierRule {

  /** This many red flags at once are critical issues. */
  public static final int CRITICAL_RED_FLAGS = 2;

  private TierRule() {}

  public static PerformanceTier tier(
      OptionalDouble score, Collection<Flag> flags, PopulationThresholds thresholds) {
    if (score.isEmpty()) {
      return PerformanceTier.DEVELOPING;
    }
    return worse(thresholds.rank(score.getAsDouble()), cap(flags));
  }

  /** The best tier the flags allow. */
  static PerformanceTier cap(Collection<Flag> flags) {
    long red = Flag.count(flags, Severity.RED);
    if (red >= CRITICAL_RED_FLAGS) {
      return PerformanceTier.AT_RISK;
    }
    if (red == 1) {
      return PerformanceTier.DEVELOPING;
    }
    return flags.isEmpty() ? PerformanceTier.EXEMPLARY : PerformanceTier.STRONG;
  }

  private static PerformanceTier worse(PerformanceTier a, PerformanceTier b) {
    // PerformanceTier is declared best first.
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
