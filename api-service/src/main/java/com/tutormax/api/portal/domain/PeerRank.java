package com.tutormax.api.portal.domain;

/**
 * Where a tutor's performance score stands among the other active tutors, without naming any:
 * {@code percentile} is the share of peers with a lower score (0–100), {@code topPercent} the share
 * at or above it.
 */
public record PeerRank(int percentile, int topPercent, int peers) {

  /**
   * The rank from the number of other active tutors scoring lower; null without other tutors.
   *
   * @param below other active tutors with a lower performance score
   * @param peers other active tutors with a performance score
   */
  public static PeerRank of(long below, long peers) {
    if (peers <= 0) {
      return null;
    }
    int percentile = (int) Math.floor(100.0 * below / peers);
    return new PeerRank(percentile, Math.max(1, 100 - percentile), (int) peers);
  }
}
