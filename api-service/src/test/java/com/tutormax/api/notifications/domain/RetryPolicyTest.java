package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theWaitDoublesAfterEachFailureUpToTheMaximumAndEndsAfterTheLastAttempt() {
    RetryPolicy policy = new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofMinutes(5));

    assertThat(policy.delayAfter(1)).contains(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(2)).contains(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(3)).contains(Duration.ofMinutes(4));
    assertThat(policy.delayAfter(4)).contains(Duration.ofMinutes(5));
    assertThat(policy.delayAfter(5)).contains(Duration.ofMinutes(5));
    assertThat(policy.delayAfter(6)).isEmpty();
  }

  @Test
  void manyAttemptsDoNotOverflow() {
    RetryPolicy policy = new RetryPolicy(1000, Duration.ofSeconds(1), Duration.ofHours(1));

    assertThat(policy.delayAfter(999)).contains(Duration.ofHours(1));
  }
}
