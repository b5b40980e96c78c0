package com.tutormax.churn.accuracy.domain;

import com.tutormax.common.domain.RiskLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How accurate the served risk levels were, overrides counted. A row is a tutor's prediction as of
 * a day A; it is <em>positive</em> if the tutor churned within the window [A, A + W − 1] (their
 * churn day, the UTC day of detection or resignation, inside it). A row counts only once its whole
 * window is observed (A + W − 1 on or before the last known day) and never after the tutor's churn
 * day (nobody is scored once known to be gone). An alert at level X is "level ≥ X"; its precision
 * and recall are measured twice: for the level the model predicted and for the effective level (the
 * override in force that day, else the predicted one).
 */
public final class ServedAccuracy {

  /** The window measured unless another is asked for: the headline's 30 days. */
  public static final int DEFAULT_WINDOW_DAYS = 30;

  private ServedAccuracy() {}

  /** One alert rule's confusion counts; precision null without alerts, recall without churn. */
  public record Figures(
      long alerts,
      long truePositives,
      long falsePositives,
      long falseNegatives,
      Double precision,
      Double recall) {

    static Figures of(long tp, long fp, long fn) {
      return new Figures(
          tp + fp,
          tp,
          fp,
          fn,
          tp + fp == 0 ? null : (double) tp / (tp + fp),
          tp + fn == 0 ? null : (double) tp / (tp + fn));
    }
  }

  /** Alerts at {@code atLeast} or above: the PRD's targets, the model's and the served figures. */
  public record LevelAccuracy(
      RiskLevel atLeast,
      double targetPrecision,
      double targetRecall,
      Figures predicted,
      Figures effective) {}

  /**
   * What was measured: rows (tutor × as-of day) and tutors, rows whose tutor churned within the
   * window, rows with an override in force (and how many overrides), and of those the rows where
   * the override raised the level (right if the tutor churned within the window), lowered it (right
   * if they did not) or kept it.
   */
  public record Counts(
      long rows,
      long tutors,
      long churnedRows,
      long overriddenRows,
      long overrides,
      long raisedRows,
      long raisedRowsRight,
      long loweredRows,
      long loweredRowsRight,
      long unchangedRows) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The measurement: the window, the last day whose churn is known, the as-of days measured (from
   * and to, null when nothing could be), the counts, and one line per alert level.
   */
  public record Report(
      int windowDays,
      LocalDate lastKnownDay,
      LocalDate from,
      LocalDate to,
      Counts counts,
      List<LevelAccuracy> levels) {}

  /**
   * Measures the rows as of {@code from} (null: the earliest) through {@code to} (null: the last
   * observed) whose window of {@code windowDays} days ends by {@code lastKnownDay} (null: nothing
   * is known yet).
   *
   * @param churnDays each churned tutor's churn day (tutors absent did not churn)
   */
  public static Report measure(
      int windowDays,
      LocalDate lastKnownDay,
      LocalDate from,
      LocalDate to,
      Collection<ServedDay> days,
      Collection<OverrideSpan> overrides,
      Map<String, LocalDate> churnDays) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("The window is at least one day: " + windowDays);
    }
    LocalDate lastObserved = lastKnownDay == null ? null : lastKnownDay.minusDays(windowDays - 1L);
    LocalDate until =
        lastObserved == null || to == null || lastObserved.isBefore(to) ? lastObserved : to;

    Map<String, List<OverrideSpan>> byTutor = new HashMap<>();
    for (OverrideSpan o : overrides) {
      byTutor.computeIfAbsent(o.tutorId(), k -> new ArrayList<>()).add(o);
    }
    // The latest created first: when two were in force on one day, the newer one served.
    byTutor.values().forEach(l -> l.sort(Comparator.comparing(OverrideSpan::createdAt).reversed()));

    int levels = AlertTarget.ALL.size();
    long[] predictedTp = new long[levels];
    long[] predictedFp = new long[levels];
    long[] predictedFn = new long[levels];
    long[] effectiveTp = new long[levels];
    long[] effectiveFp = new long[levels];
    long[] effectiveFn = new long[levels];
    long rows = 0;
    long churned = 0;
    long overridden = 0;
    long raised = 0;
    long raisedRight = 0;
    long lowered = 0;
    long loweredRight = 0;
    long unchanged = 0;
    Set<String> tutors = new HashSet<>();
    Set<OverrideSpan> used = new HashSet<>();
    LocalDate first = null;

    for (ServedDay day : until == null ? List.<ServedDay>of() : days) {
      LocalDate asOf = day.asOfDay();
      if (asOf.isAfter(until) || (from != null && asOf.isBefore(from))) {
        continue;
      }
      LocalDate churnDay = churnDays.get(day.tutorId());
      if (churnDay != null && asOf.isAfter(churnDay)) {
        continue;
      }
      boolean positive = churnDay != null && !churnDay.isAfter(asOf.plusDays(windowDays - 1L));
      OverrideSpan override = inForce(byTutor.get(day.tutorId()), asOf);
      RiskLevel effective = override == null ? day.predicted() : override.level();

      rows++;
      tutors.add(day.tutorId());
      first = first == null || asOf.isBefore(first) ? asOf : first;
      if (positive) {
        churned++;
      }
      if (override != null) {
        overridden++;
        used.add(override);
        int change = effective.compareTo(day.predicted());
        if (change > 0) {
          raised++;
          raisedRight += positive ? 1 : 0;
        } else if (change < 0) {
          lowered++;
          loweredRight += positive ? 0 : 1;
        } else {
          unchanged++;
        }
      }
      for (int i = 0; i < levels; i++) {
        RiskLevel alert = AlertTarget.ALL.get(i).level();
        count(
            day.predicted().compareTo(alert) >= 0,
            positive,
            i,
            predictedTp,
            predictedFp,
            predictedFn);
        count(effective.compareTo(alert) >= 0, positive, i, effectiveTp, effectiveFp, effectiveFn);
      }
    }

    List<LevelAccuracy> lines = new ArrayList<>();
    for (int i = 0; i < levels; i++) {
      AlertTarget target = AlertTarget.ALL.get(i);
      lines.add(
          new LevelAccuracy(
              target.level(),
              target.precision(),
              target.recall(),
              Figures.of(predictedTp[i], predictedFp[i], predictedFn[i]),
              Figures.of(effectiveTp[i], effectiveFp[i], effectiveFn[i])));
    }
    Counts counts =
        rows == 0
            ? Counts.NONE
            : new Counts(
                rows,
                tutors.size(),
                churned,
                overridden,
                used.size(),
                raised,
                raisedRight,
                lowered,
                loweredRight,
                unchanged);
    return new Report(
        windowDays, lastKnownDay, from != null ? from : first, until, counts, List.copyOf(lines));
  }

  private static OverrideSpan inForce(List<OverrideSpan> overrides, LocalDate day) {
    if (overrides == null) {
      return null;
    }
    for (OverrideSpan o : overrides) {
      if (o.inForceOn(day)) {
        return o;
      }
    }
    return null;
  }

  private static void count(
      boolean alert, boolean positive, int i, long[] tp, long[] fp, long[] fn) {
    if (alert && positive) {
      tp[i]++;
    } else if (alert) {
      fp[i]++;
    } else if (positive) {
      fn[i]++;
    }
  }
}
