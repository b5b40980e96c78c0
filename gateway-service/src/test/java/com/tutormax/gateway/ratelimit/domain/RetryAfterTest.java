package com.tutormax.gateway.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void anEmptyBucketWaitsForAWholeRequestsWorthOfTokens() {
    // 1 token/s, 12 a request: 5 a minute.
    assertThat(RetryAfter.seconds(1, 12, 0)).isEqualTo(12);
  }

  @Test
  void tokensAlreadyInTheBucketShortenTheWait() {
    assertThat(RetryAfter.seconds(1, 12, 9)).isEqualTo(3);
    assertThat(RetryAfter.seconds(5, 12, 0)).isEqualTo(3);
  }

  @Test
  void neverLessThanOneSecond() {
    assertThat(RetryAfter.seconds(20, 1, 0)).isEqualTo(1);
    assertThat(RetryAfter.seconds(0, 1, 0)).isEqualTo(1);
  }

  @Test
  void anUnknownBucketCountsAsEmpty() {
    assertThat(RetryAfter.seconds(2, 6, -1)).isEqualTo(3);
  }
}
