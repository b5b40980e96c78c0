package com.tutormax.api.interventions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SLA numbers of a 48-hour task recommended at midnight, at several moments. */
class SlaStateTest {

  private static final Instant RECOMMENDED = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant DUE = RECOMMENDED.plus(Duration.ofHours(48));

  @Test
  void halfWayThroughHalfTheSlaIsUsed() {
    SlaState sla = SlaState.of(RECOMMENDED, DUE, RECOMMENDED.plus(Duration.ofHours(24)));

    assertThat(sla.secondsLeft()).isEqualTo(24 * 3600);
    assertThat(sla.overdue()).isFalse();
    assertThat(sla.percentUsed()).isEqualTo(50);
    assertThat(sla.dueAt()).isEqualTo(DUE);
  }

  @Test
  void percentIsRoundedDownAndAtTheDueTimeItIsAllUsedButNotOverdue() {
    assertThat(SlaState.of(RECOMMENDED, DUE, RECOMMENDED.plus(Duration.ofHours(36))).percentUsed())
        .isEqualTo(75);
    assertThat(SlaState.of(RECOMMENDED, DUE, RECOMMENDED.plusSeconds(1)).percentUsed())
        .isEqualTo(0);
    SlaState atDue = SlaState.of(RECOMMENDED, DUE, DUE);
    assertThat(atDue.percentUsed()).isEqualTo(100);
    assertThat(atDue.secondsLeft()).isZero();
    assertThat(atDue.overdue()).isFalse();
  }

  @Test
  void pastTheDueTimeItIsOverdueWithNegativeTimeLeft() {
    SlaState sla = SlaState.of(RECOMMENDED, DUE, DUE.plus(Duration.ofHours(12)));

    assertThat(sla.overdue()).isTrue();
    assertThat(sla.secondsLeft()).isEqualTo(-12 * 3600);
    assertThat(sla.percentUsed()).isEqualTo(125);
  }

  @Test
  void beforeTheRecommendationNothingIsUsedAndAnAutomatedActionHasNoSla() {
    assertThat(SlaState.of(RECOMMENDED, DUE, RECOMMENDED.minusSeconds(60)).percentUsed()).isZero();
    assertThat(SlaState.of(RECOMMENDED, null, RECOMMENDED)).isNull();
    assertThat(TransitionsTest.task(InterventionStatus.AUTOMATED, null).sla(DUE)).isNull();
  }

  @Test
  void aClosedTaskIsMeasuredAtItsClosingTime() {
    Instant now = DUE.plus(Duration.ofDays(3));
    Intervention done =
        TransitionsTest.task(InterventionStatus.IN_PROGRESS, UUID.randomUUID())
            .completed(
                InterventionOutcome.NO_CHANGE, null, RECOMMENDED.plus(Duration.ofHours(12)), "p");

    SlaState sla = done.sla(now);

    assertThat(sla.measuredAt()).isEqualTo(RECOMMENDED.plus(Duration.ofHours(12)));
    assertThat(sla.percentUsed()).isEqualTo(25);
    assertThat(sla.overdue()).isFalse();
  }
}
