package com.tutormax.generation.simulation.domain;

/**
 * A tutor's path out, in simulation days: engagement declines from {@code declineStart}, activity
 * follows, and on {@code leaveDay} the tutor resigns or is declared inactive. Churn is a process,
 * so the signals precede the label.
 */
public record ChurnPlan(int declineStart, int leaveDay, ChurnReason reason) {

  /** Days of silence before an inactive tutor is declared gone (PRD: more than 14). */
  static final int SILENT_DAYS = 15;

  /** Days below half the baseline before a low-volume tutor counts as churned (3 weeks). */
  static final int LOW_VOLUME_DAYS = 21;

  /** Position on the path: 0 before the decline starts, 1 on the leave day. */
  double progress(int day) {
    if (day < declineStart) {
      return 0;
    }
    return Math.min(1.0, (day - declineStart) / (double) Math.max(1, leaveDay - declineStart));
  }

  /** Engagement multiplier: falls first, to half by two thirds of the way. */
  double engagementFactor(int day) {
    return 1.0 - 0.5 * Math.min(1.0, progress(day) * 1.5);
  }

  /** Activity multiplier (sessions, logins, messages): falls later, then by the reason's rule. */
  double activityFactor(int day) {
    if (reason == ChurnReason.INACTIVITY && day > leaveDay - SILENT_DAYS) {
      return 0;
    }
    if (reason == ChurnReason.LOW_VOLUME && day > leaveDay - LOW_VOLUME_DAYS) {
      return 0.3;
    }
    double p = progress(day);
    return p < 0.4 ? 1.0 : 1.0 - 0.55 * (p - 0.4) / 0.6;
  }

  /** Reschedules rise along the path, up to five times the tutor's usual rate. */
  double rescheduleFactor(int day) {
    return 1.0 + 4.0 * progress(day);
  }
}
