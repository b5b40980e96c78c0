package com.tutormax.gateway.ratelimit.domain;

/** How long a refused client waits until its token bucket holds enough for one request. */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * @param replenishRate tokens added per second
   * @param requestedTokens tokens one request takes
   * @param tokensLeft tokens in the bucket now (negative when unknown)
   * @return whole seconds, at least 1
   */
  public static long seconds(int replenishRate, int requestedTokens, long tokensLeft) {
    long missing = requestedTokens - Math.max(0, tokensLeft);
    if (replenishRate <= 0 || missing <= 0) {
      return 1;
    }
    return Math.max(1, (missing + replenishRate - 1) / replenishRate);
  }
}
