package com.tutormax.evaluation.performance.domain;

/**
 * The PRD's engagement score, 0–100: a weighted mean of three parts, each 0–1.
 *
 * <ul>
 *   <li>Login frequency (weight 0.25): logins per observed week over {@value
 *       #LOGINS_PER_WEEK_FULL}, capped at 1 — a login a day is fully engaged.
 *   <li>Session engagement, our measure of session preparation (weight 0.50): the mean engagement
 *       (0–1) of held sessions, {@value #SESSION_ENGAGEMENT_ZERO} or less scores 0 and {@value
 *       #SESSION_ENGAGEMENT_FULL} or more scores 1, linear between.
 *   <li>Message response (weight 0.25): the mean response time, {@value #RESPONSE_MINUTES_FULL}
 *       minutes or faster scores 1 and {@value #RESPONSE_MINUTES_ZERO} minutes (3 h) or slower
 *       scores 0, linear between.
 * </ul>
 *
 * A part without data (no held session, no message answered) drops out and the others are
 * re-weighted; logins always count once a day has been observed. Calibrated on the synthetic world
 * (docs/evaluation.md): established tutors off a churn path average 80–99, none below 60; tutors in
 * the last third of a decline, their session engagement halved, average about 50. The session part
 * starts at 0.45 rather than 0 because healthy tutors' engagement lies between 0.6 and 0.9: a
 * steeper scale is what separates a decline from an ordinary tutor.
 */
public final class EngagementScore {

  public static final double LOGIN_WEIGHT = 0.25;
  public static final double SESSION_WEIGHT = 0.50;
  public static final double RESPONSE_WEIGHT = 0.25;

  public static final double LOGINS_PER_WEEK_FULL = 7;
  public static final double SESSION_ENGAGEMENT_ZERO = 0.45;
  public static final double SESSION_ENGAGEMENT_FULL = 0.80;
  public static final double RESPONSE_MINUTES_FULL = 30;
  public static final double RESPONSE_MINUTES_ZERO = 180;

  private EngagementScore() {}

  /**
   * @param loginsPerWeek logins per observed week
   * @param meanSessionEngagement mean engagement (0–1) of held sessions, null without any
   * @param meanResponseMinutes mean message response time, null without any response
   * @return 0–100
   */
  public static double of(
      double loginsPerWeek, Double meanSessionEngagement, Double meanResponseMinutes) {
    double weighted = LOGIN_WEIGHT * loginPart(loginsPerWeek);
    double weights = LOGIN_WEIGHT;
    if (meanSessionEngagement != null) {
      weighted += SESSION_WEIGHT * sessionPart(meanSessionEngagement);
      weights += SESSION_WEIGHT;
    }
    if (meanResponseMinutes != null) {
      weighted += RESPONSE_WEIGHT * responsePart(meanResponseMinutes);
      weights += RESPONSE_WEIGHT;
    }
    return 100 * weighted / weights;
  }

  static double loginPart(double loginsPerWeek) {
    return clamp(loginsPerWeek / LOGINS_PER_WEEK_FULL);
  }

  static double sessionPart(double meanSessionEngagement) {
    return clamp(
        (meanSessionEngagement - SESSION_ENGAGEMENT_ZERO)
            / (SESSION_ENGAGEMENT_FULL - SESSION_ENGAGEMENT_ZERO));
  }

  static double responsePart(double meanResponseMinutes) {
    return clamp(
        (RESPONSE_MINUTES_ZERO - meanResponseMinutes)
            / (RESPONSE_MINUTES_ZERO - RESPONSE_MINUTES_FULL));
  }

  private static double clamp(double part) {
    return Math.max(0, Math.min(1, part));
  }
}
