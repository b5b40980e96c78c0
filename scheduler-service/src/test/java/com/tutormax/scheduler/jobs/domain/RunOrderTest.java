package com.tutormax.scheduler.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.scheduler.jobs.domain.RunOrder.Decision;
import com.tutormax.scheduler.jobs.domain.RunOrder.Predecessor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOrderTest {

  private static final Duration WAIT = Duration.ofMinutes(30);
  private static final Instant MIDNIGHT = Instant.parse("2026-03-03T00:00:00Z");

  private static JobDefinition job(String name) {
    return JobCatalogue.find(name).orElseThrow();
  }

  @Test
  void theDailyRescoreRunsAfterTheRollupAndNothingElseWaits() {
    assertThat(RunOrder.after(job("churn-batch-rescore"))).contains("evaluation-daily-rollup");
    assertThat(RunOrder.after(job("evaluation-daily-rollup"))).isEmpty();
    assertThat(RunOrder.after(job("model-training"))).isEmpty();
  }

  @Test
  void aRunWaitsWhileItsPredecessorsRunForTheSameTimeIsPending() {
    Decision decision =
        RunOrder.decide(
            "evaluation-daily-rollup",
            Predecessor.PENDING,
            MIDNIGHT,
            MIDNIGHT.plusSeconds(5),
            WAIT);
    assertThat(decision.request()).isFalse();
    assertThat(
            RunOrder.decide(
                    "evaluation-daily-rollup",
                    Predecessor.PENDING,
                    MIDNIGHT,
                    MIDNIGHT.plus(WAIT).minusSeconds(1),
                    WAIT)
                .request())
        .isFalse();
  }

  @Test
  void aFinishedPredecessorSucceededOrFailedReleasesTheRunWithoutANote() {
    Decision decision =
        RunOrder.decide(
            "evaluation-daily-rollup",
            Predecessor.FINISHED,
            MIDNIGHT,
            MIDNIGHT.plusSeconds(65),
            WAIT);
    assertThat(decision).isEqualTo(new Decision(true, null));
    assertThat(RunOrder.decide("x", Predecessor.NOT_EXPECTED, MIDNIGHT, MIDNIGHT, WAIT).request())
        .isTrue();
  }

  @Test
  void afterTheBoundedWaitTheRunIsRequestedAnywayAndSaysSo() {
    Decision decision =
        RunOrder.decide(
            "evaluation-daily-rollup", Predecessor.PENDING, MIDNIGHT, MIDNIGHT.plus(WAIT), WAIT);
    assertThat(decision.request()).isTrue();
    assertThat(decision.note()).contains("evaluation-daily-rollup").contains("30 min");
  }

  @Test
  void aPredecessorIsExpectedOnlyIfActiveAndDueAtThatTime() {
    JobDefinition rollup = job("evaluation-daily-rollup");
    assertThat(RunOrder.runsAt(rollup, true, MIDNIGHT)).isTrue();
    assertThat(RunOrder.runsAt(rollup, false, MIDNIGHT)).isFalse();
    assertThat(RunOrder.runsAt(rollup, true, MIDNIGHT.plusSeconds(3600))).isFalse();
    JobDefinition moved = rollup.with("0 30 23 * * *", Map.of(), true);
    assertThat(RunOrder.runsAt(moved, true, MIDNIGHT)).isFalse();
  }
}
