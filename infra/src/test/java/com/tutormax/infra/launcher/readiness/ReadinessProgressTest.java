package com.tutormax.infra.launcher.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessProgressTest {

  @Test
  void namesTheReadyAndTheWaiting() {
    String line =
        ReadinessProgress.line(
            Duration.ofMillis(14_600),
            List.of("gateway-service", "api-service", "churn-service"),
            List.of(
                "generation-service",
                "evaluation-service",
                "training-service",
                "scheduler-service"));

    assertThat(line)
        .isEqualTo(
            "[ 14s] ready 3/7: gateway-service api-service churn-service"
                + " | waiting: generation-service evaluation-service training-service"
                + " scheduler-service");
  }

  @Test
  void noneReadyYet() {
    assertThat(ReadinessProgress.line(Duration.ofSeconds(2), List.of(), List.of("a", "b")))
        .isEqualTo("[  2s] ready 0/2 | waiting: a b");
  }

  @Test
  void allReady() {
    assertThat(ReadinessProgress.line(Duration.ofSeconds(125), List.of("a", "b"), List.of()))
        .isEqualTo("[125s] ready 2/2: a b");
  }

  @Test
  void secondsWithOneDecimalWhateverTheLocale() {
    assertThat(ReadinessProgress.seconds(Duration.ofMillis(52_349))).isEqualTo("52.3 s");
    assertThat(ReadinessProgress.seconds(Duration.ZERO)).isEqualTo("0.0 s");
  }
}
