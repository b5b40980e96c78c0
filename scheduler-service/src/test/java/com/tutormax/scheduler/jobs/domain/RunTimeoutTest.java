package com.tutormax.scheduler.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTimeoutTest {

  private static final Duration DEFAULT = Duration.ofHours(2);

  private static JobDefinition job(String name) {
    return JobCatalogue.find(name).orElseThrow();
  }

  @Test
  void jobsTimeOutAfterTheDefaultUnlessTheyAskForLonger() {
    assertThat(RunTimeout.of(job("data-retention-sweep"), DEFAULT)).isEqualTo(DEFAULT);
    assertThat(RunTimeout.of(job("model-training"), DEFAULT)).isEqualTo(Duration.ofHours(6));
    JobDefinition overridden =
        job("data-retention-sweep").with("0 0 3 * * *", Map.of("timeout", "PT20M"), true);
    assertThat(RunTimeout.of(overridden, DEFAULT)).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void aMalformedOrNonPositiveTimeoutFallsBackToTheDefault() {
    JobDefinition sweep = job("data-retention-sweep");
    assertThat(RunTimeout.of(sweep.with("0 0 3 * * *", Map.of("timeout", "2h"), true), DEFAULT))
        .isEqualTo(DEFAULT);
    assertThat(RunTimeout.of(sweep.with("0 0 3 * * *", Map.of("timeout", "PT0S"), true), DEFAULT))
        .isEqualTo(DEFAULT);
  }

  @Test
  void aRunTimesOutWhenItsTimeoutHasPassedSinceItWasRequested() {
    Instant requested = Instant.parse("2026-03-03T03:00:05Z");
    assertThat(RunTimeout.timedOut(requested, DEFAULT, requested.plus(DEFAULT).minusMillis(1)))
        .isFalse();
    assertThat(RunTimeout.timedOut(requested, DEFAULT, requested.plus(DEFAULT))).isTrue();
  }
}
