package com.tutormax.api.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivenessTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static InterventionFacts human(
      String type, String risk, String status, String outcome, Double hoursToAction) {
    return new InterventionFacts(
        type + status + outcome + hoursToAction,
        "T1",
        type,
        false,
        risk,
        status,
        outcome,
        T0,
        hoursToAction == null ? null : T0.plus(Duration.ofMinutes((long) (hoursToAction * 60))));
  }

  private static InterventionFacts automated(String type, String risk, Double hours) {
    return new InterventionFacts(
        type + hours,
        "T2",
        type,
        true,
        risk,
        "AUTOMATED",
        null,
        T0,
        hours == null ? null : T0.plus(Duration.ofMinutes((long) (hours * 60))));
  }

  @Test
  void overallFiguresFollowTheirDefinitions() {
    Effectiveness.Row all =
        Effectiveness.of(
                List.of(
                    human("H1", "CRITICAL", "COMPLETED", "IMPROVED", 10.0),
                    human("H1", "HIGH", "COMPLETED", "DECLINED", 2.0),
                    human("H2", "HIGH", "COMPLETED", "NO_CHANGE", 50.0),
                    human("H3", "MEDIUM", "OPEN", null, null),
                    automated("A1", "CRITICAL", 30.0)))
            .overall();

    assertThat(all.recommended()).isEqualTo(5);
    assertThat(all.automated()).isEqualTo(1);
    assertThat(all.actedOn()).isEqualTo(4);
    assertThat(all.humanTasks()).isEqualTo(4);
    assertThat(all.completed()).isEqualTo(3);
    assertThat(all.completionRate()).isEqualTo(0.75);
    assertThat(all.outcomes()).isEqualTo(3);
    assertThat(all.acceptanceRate()).isEqualTo(2 / 3.0);
    assertThat(all.impactRate()).isEqualTo(1 / 3.0);
    assertThat(all.declinedByTutor()).isEqualTo(1);
    // Hours to action 2, 10, 30, 50: nearest-rank median the 2nd, 90th percentile the 4th.
    assertThat(all.medianHoursToAction()).isEqualTo(10.0);
    assertThat(all.p90HoursToAction()).isEqualTo(50.0);
    // Critical: one acted on in 10 h, one in 30 h.
    assertThat(all.critical()).isEqualTo(2);
    assertThat(all.criticalWithin24hRate()).isEqualTo(0.5);
  }

  @Test
  void groupsAreByTypeAndByRiskLevelInNameOrder() {
    Effectiveness.Report report =
        Effectiveness.of(
            List.of(
                human("H1", "HIGH", "OPEN", null, null),
                automated("A1", null, 1.0),
                human("H1", "CRITICAL", "OPEN", null, 5.0)));

    assertThat(report.byType()).extracting(Effectiveness.Row::group).containsExactly("A1", "H1");
    assertThat(report.byType().get(1).recommended()).isEqualTo(2);
    assertThat(report.byRiskLevel())
        .extracting(Effectiveness.Row::group)
        .containsExactly("CRITICAL", "HIGH", "NONE");
  }

  @Test
  void ratesWithoutADenominatorAreNull() {
    Effectiveness.Row row = Effectiveness.of(List.of(automated("A1", "LOW", null))).overall();

    assertThat(row.completionRate()).isNull();
    assertThat(row.acceptanceRate()).isNull();
    assertThat(row.impactRate()).isNull();
    assertThat(row.medianHoursToAction()).isNull();
    assertThat(row.criticalWithin24hRate()).isNull();
    assertThat(Effectiveness.of(List.of()).overall().recommended()).isZero();
  }
}
