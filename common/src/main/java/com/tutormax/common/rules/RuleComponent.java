package com.tutormax.common.rules;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.FeatureVector;
import java.util.Locale;

/**
 * The seven weighted components of the PRD's rule score, each a function of the churn {@link
 * FeatureVector} scaled 0–100 (higher is riskier). Reference: docs/churn-rules.md.
 *
 * <p>Every component is the mean of its <em>available</em> sub-signals. A sub-signal is one feature
 * turned into 0–100 by {@code clamp(x / full, 0, 1) × 100}, where {@code x} is oriented so that
 * larger is riskier and {@code full} is the value at which it reaches 100. A sub-signal whose
 * feature is missing (NaN) is left out of the mean; a component with no available sub-signal has no
 * data: it is reported as missing and counts 0 (neutral: no evidence of risk) in the weighted sum.
 * Weights are never re-normalised, so a tutor with little history is not scored on the one
 * component that happens to have data.
 */
public enum RuleComponent {
  /**
   * Engagement decline (0.25): mean of the session pace drop {@code −sessions_trend} (100 at −1,
   * i.e. no sessions this week), the login pace drop {@code −logins_trend} (100 at −1) and the
   * session-engagement drop {@code −engagement_trend} (engagement 0–1; 100 at a drop of 0.25).
   */
  ENGAGEMENT_DECLINE(0.25) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(
          sub(-f.get(ChurnFeature.SESSIONS_TREND), 1.0),
          sub(-f.get(ChurnFeature.LOGINS_TREND), 1.0),
          sub(-f.get(ChurnFeature.ENGAGEMENT_TREND), 0.25));
    }
  },
  /**
   * Performance trend (0.20): mean of the rating drop {@code −rating_trend} (7-day minus 30-day
   * average; 100 at a drop of one star) and the rating shortfall {@code 4 − rating_avg_30d} (0 at 4
   * stars or more, 100 at 2 stars or less).
   */
  PERFORMANCE_TREND(0.20) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(
          sub(-f.get(ChurnFeature.RATING_TREND), 1.0),
          sub(4.0 - f.get(ChurnFeature.RATING_AVG_30D), 2.0));
    }
  },
  /**
   * Reschedule pattern (0.15): mean of {@code reschedule_rate_7d} and {@code reschedule_rate_30d}
   * (tutor reschedules / scheduled sessions, 0–1), each 100 at a rate of 0.25 or more.
   */
  RESCHEDULE_PATTERN(0.15) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(
          sub(f.get(ChurnFeature.RESCHEDULE_RATE_7D), 0.25),
          sub(f.get(ChurnFeature.RESCHEDULE_RATE_30D), 0.25));
    }
  },
  /**
   * First-session quality (0.15): the first-session failure rate {@code 1 −
   * first_session_success_rate_90d} (share of rated first sessions not rated 4+, last 90 days); 100
   * when none succeeded.
   */
  FIRST_SESSION_QUALITY(0.15) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(sub(1.0 - f.get(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D), 1.0));
    }
  },
  /**
   * No-show risk (0.10): mean of {@code no_show_rate_30d} (100 at a rate of 0.2 or more) and {@code
   * no_shows_14d} (100 at 2 or more no-shows).
   */
  NO_SHOW_RISK(0.10) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(
          sub(f.get(ChurnFeature.NO_SHOW_RATE_30D), 0.2),
          sub(f.get(ChurnFeature.NO_SHOWS_14D), 2.0));
    }
  },
  /**
   * Tenure risk (0.10): {@code 90 − tenure_days} over 90 days: 100 on the join day, 50 at 45 days,
   * 0 from 90 days on (new tutors churn most).
   */
  TENURE_RISK(0.10) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(sub(TENURE_HORIZON_DAYS - f.get(ChurnFeature.TENURE_DAYS), 90.0));
    }
  },
  /**
   * Availability reduction (0.05): the fall of available hours this week below the 4-week mean,
   * {@code −availability_hours_vs_4w_mean}; 100 at 5 hours or more below.
   */
  AVAILABILITY_REDUCTION(0.05) {
    @Override
    public double score(FeatureVector f) {
      return meanOfAvailable(sub(-f.get(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN), 5.0));
    }
  };

  /** Tenure (days) from which a tutor no longer carries tenure risk. */
  public static final double TENURE_HORIZON_DAYS = 90.0;

  private final double weight;

  RuleComponent(double weight) {
    this.weight = weight;
  }

  /** The PRD weight; the seven weights sum to 1. */
  public double weight() {
    return weight;
  }

  /** Stable snake_case key (the constant in lower case), as carried by {@code ChurnPredicted}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The component's 0–100 value, or NaN when none of its inputs is available. */
  public abstract double score(FeatureVector features);

  /** {@code clamp(x / full, 0, 1) × 100}; NaN stays NaN (missing). */
  static double sub(double x, double full) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    return Math.max(0.0, Math.min(1.0, x / full)) * 100.0;
  }

  /** The mean of the non-NaN values; NaN if there is none. */
  static double meanOfAvailable(double... values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
