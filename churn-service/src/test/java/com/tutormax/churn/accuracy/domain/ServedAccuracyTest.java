package com.tutormax.churn.accuracy.domain;

import static com.tutormax.common.domain.RiskLevel.CRITICAL;
import static com.tutormax.common.domain.RiskLevel.HIGH;
import static com.tutormax.common.domain.RiskLevel.LOW;
import static com.tutormax.common.domain.RiskLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.churn.accuracy.domain.ServedAccuracy.Counts;
import com.tutormax.churn.accuracy.domain.ServedAccuracy.Figures;
import com.tutormax.churn.accuracy.domain.ServedAccuracy.LevelAccuracy;
import com.tutormax.churn.accuracy.domain.ServedAccuracy.Report;
import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Served accuracy on hand-built histories; every expected number is counted in the comments. */
class ServedAccuracyTest {

  private static LocalDate march(int day) {
    return LocalDate.of(2026, 3, day);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static List<ServedDay> days(String tutor, int firstDay, RiskLevel... levels) {
    List<ServedDay> list = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      list.add(new ServedDay(tutor, march(firstDay + i), levels[i]));
    }
    return list;
  }

  private static LevelAccuracy level(Report report, RiskLevel level) {
    return report.levels().stream().filter(l -> l.atLeast() == level).findFirst().orElseThrow();
  }

  private static void assertFigures(
      Figures f, long tp, long fp, long fn, Double precision, Double recall) {
    assertThat(f.truePositives()).as("true positives").isEqualTo(tp);
    assertThat(f.falsePositives()).as("false positives").isEqualTo(fp);
    assertThat(f.falseNegatives()).as("false negatives").isEqualTo(fn);
    assertThat(f.alerts()).as("alerts").isEqualTo(tp + fp);
    if (precision == null) {
      assertThat(f.precision()).as("precision").isNull();
    } else {
      assertThat(f.precision()).as("precision").isCloseTo(precision, within(1e-9));
    }
    if (recall == null) {
      assertThat(f.recall()).as("recall").isNull();
    } else {
      assertThat(f.recall()).as("recall").isCloseTo(recall, within(1e-9));
    }
  }

  /**
   * Window 3 days, churn known through 10 March: rows as of 1–8 March are observed (8 + 2 = 10).
   *
   * <pre>
   * tutor  churn  as of:  1    2    3    4    5    6    7    8    9
   * T1     5 Mar  pred    L    L    M    H    H   (H)                    6th: after churn, out
   *               pos     -    -    +    +    +
   *               O1: CRITICAL from 2 Mar 10:00 (never ends here)
   *               eff     L    C    C    C    C
   * T2     never  pred    H    H    L    L    L    L    L    L   (L)     9th: window not observed
   *               O2: LOW 28 Feb 12:00 – expires 2 Mar 00:00 (in force on the 1st only)
   *               O3: CRITICAL 5 Mar 09:00 – revoked 6 Mar 08:00 (the 5th and 6th)
   *               eff     L    H    L    L    C    C    L    L
   * T3     9 Mar  pred                             L    M    C
   *               pos                              -    +    +
   * </pre>
   *
   * 16 rows of 3 tutors, 5 positive (T1 3rd–5th, T3 7th–8th). Overridden: T1 2nd–5th, T2 1st, 5th,
   * 6th = 7 rows of 3 overrides; raised: T1 2nd–5th (right: 3rd–5th) and T2 5th, 6th (wrong) = 6, 3
   * right; lowered: T2 1st (right, no churn) = 1, 1 right.
   */
  @Test
  void overridesAreCountedDayByDayAndTheModelIsMeasuredAlongside() {
    List<ServedDay> rows = new ArrayList<>();
    rows.addAll(days("T1", 1, LOW, LOW, MEDIUM, HIGH, HIGH, HIGH));
    rows.addAll(days("T2", 1, HIGH, HIGH, LOW, LOW, LOW, LOW, LOW, LOW, LOW));
    rows.addAll(days("T3", 6, LOW, MEDIUM, CRITICAL));
    List<OverrideSpan> overrides =
        List.of(
            new OverrideSpan(
                "T1", CRITICAL, at("2026-03-02T10:00:00Z"), at("2026-04-01T10:00:00Z"), null),
            new OverrideSpan(
                "T2", LOW, at("2026-02-28T12:00:00Z"), at("2026-03-02T00:00:00Z"), null),
            new OverrideSpan(
                "T2",
                CRITICAL,
                at("2026-03-05T09:00:00Z"),
                at("2026-04-04T09:00:00Z"),
                at("2026-03-06T08:00:00Z")));

    Report report =
        ServedAccuracy.measure(
            3, march(10), null, null, rows, overrides, Map.of("T1", march(5), "T3", march(9)));

    assertThat(report.windowDays()).isEqualTo(3);
    assertThat(report.lastKnownDay()).isEqualTo(march(10));
    assertThat(report.from()).isEqualTo(march(1));
    assertThat(report.to()).isEqualTo(march(8));
    assertThat(report.counts()).isEqualTo(new Counts(16, 3, 5, 7, 3, 6, 3, 1, 1, 0));

    // MEDIUM+. Predicted alerts: T1 3rd–5th (+), T2 1st–2nd (−), T3 7th–8th (+): 5 TP, 2 FP, no
    // positive missed. Effective: T1 2nd (−), 3rd–5th (+); T2 2nd, 5th, 6th (−); T3 7th–8th (+).
    LevelAccuracy medium = level(report, MEDIUM);
    assertThat(medium.targetPrecision()).isEqualTo(0.30);
    assertThat(medium.targetRecall()).isEqualTo(0.60);
    assertFigures(medium.predicted(), 5, 2, 0, 5 / 7.0, 1.0);
    assertFigures(medium.effective(), 5, 4, 0, 5 / 9.0, 1.0);

    // HIGH+. Predicted: T1 4th–5th (+), T2 1st–2nd (−), T3 8th (+); missed T1 3rd and T3 7th (the
    // MEDIUMs). Effective: T1's override turns the 3rd (a false negative) into a true positive and
    // adds the 2nd as a false positive; T2's 1st is lowered away, the 2nd (O2 expired) stays a
    // false positive, O3 adds the 5th and 6th.
    LevelAccuracy high = level(report, HIGH);
    assertThat(high.targetPrecision()).isEqualTo(0.50);
    assertThat(high.targetRecall()).isEqualTo(0.80);
    assertFigures(high.predicted(), 3, 2, 2, 0.6, 0.6);
    assertFigures(high.effective(), 4, 4, 1, 0.5, 0.8);

    // CRITICAL. Predicted: T3 8th only. Effective: T1 2nd–5th, T2 5th–6th, T3 8th.
    LevelAccuracy critical = level(report, CRITICAL);
    assertThat(critical.targetPrecision()).isEqualTo(0.70);
    assertThat(critical.targetRecall()).isEqualTo(0.90);
    assertFigures(critical.predicted(), 1, 0, 4, 1.0, 0.2);
    assertFigures(critical.effective(), 4, 3, 1, 4 / 7.0, 0.8);
  }

  @Test
  void anOverrideTurnsAFalseNegativeIntoATruePositive() {
    // As of the 1st, window 7 days: churn on the 4th is inside it. Predicted LOW: missed.
    List<ServedDay> rows = days("T1", 1, LOW);
    OverrideSpan raised =
        new OverrideSpan("T1", HIGH, at("2026-02-27T15:00:00Z"), at("2026-03-20T00:00:00Z"), null);

    Report report =
        ServedAccuracy.measure(
            7, march(7), null, null, rows, List.of(raised), Map.of("T1", march(4)));

    assertThat(report.counts()).isEqualTo(new Counts(1, 1, 1, 1, 1, 1, 1, 0, 0, 0));
    assertFigures(level(report, HIGH).predicted(), 0, 0, 1, null, 0.0);
    assertFigures(level(report, HIGH).effective(), 1, 0, 0, 1.0, 1.0);
    assertFigures(level(report, CRITICAL).effective(), 0, 0, 1, null, 0.0);
  }

  @Test
  void anExpiredOverrideNoLongerCounts() {
    // Expires 3 March 06:00: in force on the 2nd and (for six hours) the 3rd, not on the 4th.
    List<ServedDay> rows = days("T1", 2, LOW, LOW, LOW);
    OverrideSpan expiring =
        new OverrideSpan(
            "T1", CRITICAL, at("2026-03-02T08:00:00Z"), at("2026-03-03T06:00:00Z"), null);

    Report report =
        ServedAccuracy.measure(1, march(4), null, null, rows, List.of(expiring), Map.of());

    // No churn: both overridden rows raised the level wrongly; the 4th is LOW as predicted.
    assertThat(report.counts()).isEqualTo(new Counts(3, 1, 0, 2, 1, 2, 0, 0, 0, 0));
    assertFigures(level(report, CRITICAL).effective(), 0, 2, 0, 0.0, null);
    assertFigures(level(report, CRITICAL).predicted(), 0, 0, 0, null, null);
  }

  @Test
  void anOverrideEndingAtMidnightDoesNotCountForTheNextDay() {
    List<ServedDay> rows = days("T1", 2, HIGH, HIGH);
    OverrideSpan untilMidnight =
        new OverrideSpan("T1", LOW, at("2026-03-01T08:00:00Z"), at("2026-03-03T00:00:00Z"), null);

    Report report =
        ServedAccuracy.measure(1, march(3), null, null, rows, List.of(untilMidnight), Map.of());

    // The 2nd lowered (right: no churn); the 3rd served HIGH.
    assertThat(report.counts()).isEqualTo(new Counts(2, 1, 0, 1, 1, 0, 0, 1, 1, 0));
    assertFigures(level(report, HIGH).effective(), 0, 1, 0, 0.0, null);
  }

  @Test
  void aRevokedOverrideCountsOnlyUntilItsRevocation() {
    // Created the 1st, expiring the 30th, revoked 3 March 14:00: the 1st–3rd, not the 4th–5th.
    List<ServedDay> rows = days("T1", 1, MEDIUM, MEDIUM, MEDIUM, MEDIUM, MEDIUM);
    OverrideSpan revoked =
        new OverrideSpan(
            "T1",
            LOW,
            at("2026-03-01T09:00:00Z"),
            at("2026-03-30T09:00:00Z"),
            at("2026-03-03T14:00:00Z"));

    // Churn on the 5th, window 2: positive as of the 4th and 5th.
    Report report =
        ServedAccuracy.measure(
            2, march(6), null, null, rows, List.of(revoked), Map.of("T1", march(5)));

    // Lowered on the 1st–3rd, all right (none positive).
    assertThat(report.counts()).isEqualTo(new Counts(5, 1, 2, 3, 1, 0, 0, 3, 3, 0));
    assertFigures(level(report, MEDIUM).predicted(), 2, 3, 0, 0.4, 1.0);
    assertFigures(level(report, MEDIUM).effective(), 2, 0, 0, 1.0, 1.0);
  }

  @Test
  void theNewestOverrideInForceThatDayServes() {
    // Replaced the same day: the CRITICAL one (created later) is the day's level.
    List<ServedDay> rows = days("T1", 3, LOW);
    List<OverrideSpan> both =
        List.of(
            new OverrideSpan(
                "T1",
                MEDIUM,
                at("2026-03-01T09:00:00Z"),
                at("2026-03-30T09:00:00Z"),
                at("2026-03-03T10:00:00Z")),
            new OverrideSpan(
                "T1", CRITICAL, at("2026-03-03T10:00:00Z"), at("2026-04-02T10:00:00Z"), null));

    Report report = ServedAccuracy.measure(1, march(3), null, null, rows, both, Map.of());

    assertThat(report.counts()).isEqualTo(new Counts(1, 1, 0, 1, 1, 1, 0, 0, 0, 0));
    assertFigures(level(report, CRITICAL).effective(), 0, 1, 0, 0.0, null);
  }

  @Test
  void rowsAfterTheChurnDayAndRowsWhoseWindowIsNotObservedAreLeftOut() {
    // Churn on the 3rd; churn known through the 6th; window 2: rows as of the 5th at the latest.
    List<ServedDay> rows = new ArrayList<>();
    rows.addAll(days("T1", 1, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH));
    rows.addAll(days("T2", 4, LOW, LOW, LOW, LOW));

    Report report =
        ServedAccuracy.measure(2, march(6), null, null, rows, List.of(), Map.of("T1", march(3)));

    // T1: the 1st (−, window 1–2), the 2nd and 3rd (+); the 4th–7th are after the churn.
    // T2: the 4th and 5th (−); the 6th and 7th are not observed yet.
    assertThat(report.to()).isEqualTo(march(5));
    assertThat(report.counts()).isEqualTo(new Counts(5, 2, 2, 0, 0, 0, 0, 0, 0, 0));
    assertFigures(level(report, HIGH).predicted(), 2, 1, 0, 2 / 3.0, 1.0);
    assertThat(level(report, HIGH).effective()).isEqualTo(level(report, HIGH).predicted());
  }

  @Test
  void fromAndToNarrowTheAsOfDaysButNeverPastTheObservedOnes() {
    List<ServedDay> rows = days("T1", 1, LOW, MEDIUM, HIGH, CRITICAL, CRITICAL);

    Report narrowed =
        ServedAccuracy.measure(1, march(5), march(2), march(3), rows, List.of(), Map.of());
    Report clipped =
        ServedAccuracy.measure(3, march(5), march(2), march(9), rows, List.of(), Map.of());

    assertThat(narrowed.from()).isEqualTo(march(2));
    assertThat(narrowed.to()).isEqualTo(march(3));
    assertThat(narrowed.counts().rows()).isEqualTo(2);
    assertThat(clipped.to()).isEqualTo(march(3));
    assertThat(clipped.counts().rows()).isEqualTo(2);
  }

  @Test
  void nothingKnownMeasuresNothing() {
    Report report =
        ServedAccuracy.measure(30, null, null, null, days("T1", 1, HIGH), List.of(), Map.of());

    assertThat(report.to()).isNull();
    assertThat(report.counts()).isEqualTo(Counts.NONE);
    assertThat(report.levels()).hasSize(3);
    assertFigures(level(report, MEDIUM).effective(), 0, 0, 0, null, null);
  }
}
