package com.tutormax.api.analytics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How well interventions work, per group (intervention type or risk level) and overall (PRD:
 * acceptance, completion, impact, hours to action, under 24 h for critical):
 *
 * <ul>
 *   <li><b>acted on</b>: automated ones executed, human tasks assigned, started or completed;
 *   <li><b>completion</b>: human tasks completed with an outcome, of the human tasks recommended;
 *   <li><b>acceptance</b>: outcomes other than DECLINED (the tutor declined), of the outcomes;
 *   <li><b>impact</b>: outcomes IMPROVED, of the outcomes;
 *   <li><b>hours to action</b>: median and 90th percentile (nearest rank) of those acted on;
 *   <li><b>critical within 24 h</b>: CRITICAL-risk interventions acted on within 24 hours, of the
 *       CRITICAL ones (the PRD's target for critical).
 * </ul>
 *
 * Rates are null when their denominator is zero.
 */
public final class Effectiveness {

  /** The PRD's time to act on a critical-risk intervention. */
  public static final double CRITICAL_ACTION_HOURS = 24;

  /** One group's figures. */
  public record Row(
      String group,
      int recommended,
      int automated,
      int actedOn,
      int humanTasks,
      int completed,
      int outcomes,
      int improved,
      int declinedByTutor,
      int churned,
      Double completionRate,
      Double acceptanceRate,
      Double impactRate,
      Double medianHoursToAction,
      Double p90HoursToAction,
      int critical,
      Double criticalWithin24hRate) {}

  /** Figures by type, by risk level, and over all of them. */
  public record Report(List<Row> byType, List<Row> byRiskLevel, Row overall) {}

  private Effectiveness() {}

  public static Report of(List<InterventionFacts> interventions) {
    return new Report(
        grouped(interventions, InterventionFacts::type),
        grouped(interventions, f -> f.riskLevel() == null ? "NONE" : f.riskLevel()),
        row("ALL", interventions));
  }

  private static List<Row> grouped(
      List<InterventionFacts> interventions, Function<InterventionFacts, String> key) {
    Map<String, List<InterventionFacts>> groups = new TreeMap<>();
    for (InterventionFacts f : interventions) {
      groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
    }
    List<Row> rows = new ArrayList<>();
    groups.forEach((group, facts) -> rows.add(row(group, facts)));
    return List.copyOf(rows);
  }

  static Row row(String group, List<InterventionFacts> facts) {
    int automated = 0;
    int actedOn = 0;
    int human = 0;
    int completed = 0;
    int outcomes = 0;
    int improved = 0;
    int declined = 0;
    int churned = 0;
    int critical = 0;
    int criticalInTime = 0;
    List<Double> hours = new ArrayList<>();
    for (InterventionFacts f : facts) {
      Double h = f.hoursToAction();
      if (h != null) {
        actedOn++;
        hours.add(h);
      }
      if (f.automated()) {
        automated++;
      } else {
        human++;
        completed += "COMPLETED".equals(f.status()) ? 1 : 0;
      }
      if (f.outcome() != null) {
        outcomes++;
        improved += "IMPROVED".equals(f.outcome()) ? 1 : 0;
        declined += "DECLINED".equals(f.outcome()) ? 1 : 0;
        churned += "CHURNED".equals(f.outcome()) ? 1 : 0;
      }
      if ("CRITICAL".equals(f.riskLevel())) {
        critical++;
        criticalInTime += h != null && h < CRITICAL_ACTION_HOURS ? 1 : 0;
      }
    }
    double[] sorted = hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Row(
        group,
        facts.size(),
        automated,
        actedOn,
        human,
        completed,
        outcomes,
        improved,
        declined,
        churned,
        rate(completed, human),
        rate(outcomes - declined, outcomes),
        rate(improved, outcomes),
        nearestRank(sorted, 0.5),
        nearestRank(sorted, 0.9),
        critical,
        rate(criticalInTime, critical));
  }

  static Double rate(int part, int whole) {
    return whole == 0 ? null : part / (double) whole;
  }

  /** The nearest-rank percentile of sorted values; null without values. */
  static Double nearestRank(double[] sorted, double p) {
    Objects.requireNonNull(sorted);
    if (sorted.length == 0) {
      return null;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
