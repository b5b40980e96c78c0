package com.tutormax.common.rules;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.FeatureVector;
import java.util.Locale;

/**
 * The PRD's pattern flags: each raised flag adds its bonus to the rule score (capped at 100).
 * Reference: docs/churn-rules.md.
 */
public enum PatternFlag {
  /**
   * Poor first session (+15): in the last 30 days, a first session rated below 3, or a first
   * session started more than 10 minutes late, or first-session feedback not recommending the tutor
   * (features {@code first_sessions_poorly_rated_30d}, {@code first_session_late_starts_30d},
   * {@code first_sessions_not_recommended_30d}). The PRD's fourth signal, "no follow-up session
   * booked", is not in the features yet (it needs the tutor–student pair's later sessions), so it
   * cannot raise the flag.
   */
  POOR_FIRST_SESSION(15) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      return f.get(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D) > 0
          || f.get(ChurnFeature.FIRST_SESSION_LATE_STARTS_30D) > 0
          || f.get(ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D) > 0;
    }
  },
  /**
   * High reschedule (+20): more than {@value #RESCHEDULE_THRESHOLD} weighted tutor-initiated
   * reschedules in the last 7 days, where a reschedule with less than 24 h notice counts {@value
   * #SHORT_NOTICE_WEIGHT} and any other counts 1 (see {@link #weightedReschedules7d}). Three
   * short-notice reschedules (4.5) raise it; three ordinary ones (3) do not; four ordinary ones do.
   */
  HIGH_RESCHEDULE(20) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      return weightedReschedules7d(f) > RESCHEDULE_THRESHOLD;
    }
  },
  /**
   * No-show risk (+25): a no-show in the last 14 days ({@code no_shows_14d > 0}), or logins down
   * more than 30% ({@code logins_trend < −0.3}) together with more than 2 missed sessions
   * (no-shows) in the last 30 days ({@code no_shows_30d > 2}). A missing login trend (no logins in
   * 30 days) does not count as "down".
   */
  NO_SHOW_RISK(25) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      double loginsTrend = f.get(ChurnFeature.LOGINS_TREND);
      return f.get(ChurnFeature.NO_SHOWS_14D) > 0
          || (loginsTrend < LOGIN_DROP && f.get(ChurnFeature.NO_SHOWS_30D) > MISSED_SESSIONS);
    }
  };

  /** Weight of a tutor reschedule with less than 24 h notice. */
  public static final double SHORT_NOTICE_WEIGHT = 1.5;

  /** High reschedule fires above this many weighted reschedules in 7 days. */
  public static final double RESCHEDULE_THRESHOLD = 3.0;

  /** Login trend below which logins are "down more than 30%". */
  public static final double LOGIN_DROP = -0.3;

  /** No-show risk needs more than this many no-shows in 30 days alongside the login drop. */
  public static final double MISSED_SESSIONS = 2.0;

  private final int bonus;

  PatternFlag(int bonus) {
    this.bonus = bonus;
  }

  /** Points added to the rule score when the flag is raised. */
  public int bonus() {
    return bonus;
  }

  /** Stable snake_case key (the constant in lower case), as carried by {@code ChurnPredicted}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the features raise this flag. */
  public abstract boolean raisedBy(FeatureVector features);

  /**
   * Tutor reschedules of the last 7 days, a short-notice (&lt; 24 h) one counting {@value
   * #SHORT_NOTICE_WEIGHT}: {@code (all − short) + 1.5 × short}, with short-notice ones a subset of
   * all (short is capped at all).
   */
  public static double weightedReschedules7d(FeatureVector f) {
    double all = f.get(ChurnFeature.TUTOR_RESCHEDULES_7D);
    double shortNotice = Math.min(all, f.get(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D));
    return (all - shortNotice) + SHORT_NOTICE_WEIGHT * shortNotice;
  }
}
