package com.tutormax.common.rules;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.features.FeatureVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The PRD's rule-based churn score of one feature vector. Reference: docs/churn-rules.md.
 *
 * @param componentScores each component's 0–100 value as counted (0 for a component without data),
 *     in {@link RuleComponent} order
 * @param missing the components without data (counted as 0)
 * @param weightedSum Σ weight × component, 0–100, rounded to 2 decimals (so that floating-point
 *     noise never moves a score across a band boundary)
 * @param flags the pattern flags raised
 * @param score {@code min(100, weightedSum + Σ bonus of the raised flags)}
 * @param riskLevel {@link RiskLevel#of(double)} of the score
 */
public record RuleScore(
    Map<RuleComponent, Double> componentScores,
    Set<RuleComponent> missing,
    double weightedSum,
    Set<PatternFlag> flags,
    double score,
    RiskLevel riskLevel) {

  public RuleScore {
    Objects.requireNonNull(riskLevel, "riskLevel");
    componentScores = Collections.unmodifiableMap(new EnumMap<>(componentScores));
    missing =
        Collections.unmodifiableSet(
            missing.isEmpty() ? EnumSet.noneOf(RuleComponent.class) : EnumSet.copyOf(missing));
    flags =
        Collections.unmodifiableSet(
            flags.isEmpty() ? EnumSet.noneOf(PatternFlag.class) : EnumSet.copyOf(flags));
  }

  /** The rule score of a churn feature vector. */
  public static RuleScore of(FeatureVector features) {
    Objects.requireNonNull(features, "features");
    Map<RuleComponent, Double> scores = new EnumMap<>(RuleComponent.class);
    Set<RuleComponent> missing = EnumSet.noneOf(RuleComponent.class);
    double weighted = 0;
    for (RuleComponent c : RuleComponent.values()) {
      double v = c.score(features);
      if (Double.isNaN(v)) {
        missing.add(c);
        v = 0.0;
      }
      scores.put(c, v);
      weighted += c.weight() * v;
    }
    Set<PatternFlag> flags = EnumSet.noneOf(PatternFlag.class);
    double bonus = 0;
    for (PatternFlag flag : PatternFlag.values()) {
      if (flag.raisedBy(features)) {
        flags.add(flag);
        bonus += flag.bonus();
      }
    }
    double weightedSum = round2(weighted);
    double score = Math.min(100.0, weightedSum + bonus);
    return new RuleScore(scores, missing, weightedSum, flags, score, RiskLevel.of(score));
  }

  private static double round2(double x) {
    return Math.round(x * 100.0) / 100.0;
  }

  /** One component's counted 0–100 value. */
  public double component(RuleComponent component) {
    return componentScores.get(component);
  }

  /**
   * Component key → counted 0–100 value, in {@link RuleComponent} order (keys {@code
   * engagement_decline}, {@code performance_trend}, {@code reschedule_pattern}, {@code
   * first_session_quality}, {@code no_show_risk}, {@code tenure_risk}, {@code
   * availability_reduction}); never NaN. For {@code ChurnPredicted.components}.
   */
  public Map<String, Double> components() {
    Map<String, Double> map = new LinkedHashMap<>();
    componentScores.forEach((c, v) -> map.put(c.key(), v));
    return Collections.unmodifiableMap(map);
  }

  /** The raised flags' keys, in {@link PatternFlag} order. For {@code ChurnPredicted.flags}. */
  public List<String> flagNames() {
    List<String> names = new ArrayList<>();
    flags.forEach(f -> names.add(f.key()));
    return Collections.unmodifiableList(names);
  }

  /** The points the raised flags add before the cap. */
  public int flagBonus() {
    return flags.stream().mapToInt(PatternFlag::bonus).sum();
  }
}
