package com.tutormax.evaluation.performance.service;

import com.tutormax.common.domain.Window;
import com.tutormax.evaluation.performance.domain.ChurnDetector;

/** How many days of a tutor's history an evaluation or a churn decision loads. */
final class Lookback {

  /** The longest metric window, and the churn rules' look-back, with room to spare. */
  static final int DAYS =
      Math.max(
          Window.DAYS_90.days(), ChurnDetector.LOW_VOLUME_DAYS + ChurnDetector.BASELINE_DAYS + 1);

  private Lookback() {}
}
