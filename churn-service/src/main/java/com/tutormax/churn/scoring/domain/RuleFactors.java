package com.tutormax.churn.scoring.domain;

import com.tutormax.common.events.ChurnPredicted.Factor;
import com.tutormax.common.rules.PatternFlag;
import com.tutormax.common.rules.RuleComponent;
import com.tutormax.common.rules.RuleScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reasons behind a rule score, in a manager's words: each raised pattern flag (its bonus
 * points) and each component (weight × its 0–100 value, in points of the score), largest first.
 * Reasons worth less than half a point are left out: "no reason" is better than a noise reason.
 */
public final class RuleFactors {

  /** Points below which a component is not a reason. */
  static final double MIN_POINTS = 0.5;

  private static final Map<RuleComponent, String> COMPONENT_WORDS =
      new EnumMap<>(RuleComponent.class);
  private static final Map<PatternFlag, String> FLAG_WORDS = new EnumMap<>(PatternFlag.class);

  static {
    COMPONENT_WORDS.put(
        RuleComponent.ENGAGEMENT_DECLINE, "Fewer sessions, logins or engagement than usual");
    COMPONENT_WORDS.put(RuleComponent.PERFORMANCE_TREND, "Ratings are falling or below 4 stars");
    COMPONENT_WORDS.put(RuleComponent.RESCHEDULE_PATTERN, "Reschedules many of their sessions");
    COMPONENT_WORDS.put(RuleComponent.FIRST_SESSION_QUALITY, "First sessions often go poorly");
    COMPONENT_WORDS.put(RuleComponent.NO_SHOW_RISK, "Has missed sessions recently");
    COMPONENT_WORDS.put(
        RuleComponent.TENURE_RISK, "New tutor (the first 90 days carry most churn)");
    COMPONENT_WORDS.put(
        RuleComponent.AVAILABILITY_REDUCTION, "Cut their available hours this week");
    FLAG_WORDS.put(
        PatternFlag.POOR_FIRST_SESSION,
        "Over half of this month's first sessions went badly"
            + " (low rating, late start or not recommended)");
    FLAG_WORDS.put(
        PatternFlag.HIGH_RESCHEDULE,
        "More than 3 reschedules in the last 7 days, over 1 in 10 of their sessions");
    FLAG_WORDS.put(
        PatternFlag.NO_SHOW_RISK,
        "More no-shows in the last 14 days than their volume explains,"
            + " or logins down with missed sessions");
  }

  private RuleFactors() {}

  /** The {@code limit} largest reasons of {@code score}, largest first (ties: flags first). */
  public static List<Factor> top(RuleScore score, int limit) {
    List<Factor> all = new ArrayList<>();
    for (PatternFlag flag : score.flags()) {
      all.add(new Factor("flag:" + flag.key(), FLAG_WORDS.get(flag), flag.bonus()));
    }
    for (RuleComponent component : RuleComponent.values()) {
      double points = Math.round(component.weight() * score.component(component) * 100) / 100.0;
      if (points >= MIN_POINTS) {
        all.add(new Factor(component.key(), COMPONENT_WORDS.get(component), points));
      }
    }
    all.sort(Comparator.comparingDouble(Factor::contribution).reversed());
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }
}
