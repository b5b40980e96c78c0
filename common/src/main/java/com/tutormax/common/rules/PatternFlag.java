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
   * Poor first session (+15): in the last 30 days, more than {@value #POOR_FIRST_SESSION_SHARE} of
   * the tutor's first sessions poor, counting as poor the most frequent of the PRD's three signals:
   * first sessions rated below 3, started more than 10 minutes late, or with feedback not
   * recommending the tutor (features {@code first_sessions_poorly_rated_30d}, {@code
   * first_session_late_starts_30d}, {@code first_sessions_not_recommended_30d}; see {@link
   * #poorFirstSessions30d} and {@link #firstSessions30d}). The PRD's "any" poor first session would
   * flag nearly every tutor who holds dozens of first sessions a month; a tutor with a single first
   * session still raises it on one poor one. The PRD's fourth signal, "no follow-up session
   * booked", is not in the features yet (it needs the tutor–student pair's later sessions), so it
   * cannot raise the flag.
   */
  POOR_FIRST_SESSION(15) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      double poor = poorFirstSessions30d(f);
      return poor > 0 && poor > POOR_FIRST_SESSION_SHARE * firstSessions30d(f);
    }
  },
  /**
   * High reschedule (+20): more than {@value #RESCHEDULE_THRESHOLD} weighted tutor-initiated
   * reschedules in the last 7 days, where a reschedule with less than 24 h notice counts {@value
   * #SHORT_NOTICE_WEIGHT} and any other counts 1 (see {@link #weightedReschedules7d}), and more
   * than {@value #RESCHEDULE_SHARE} of the week's sessions (held or rescheduled, {@link
   * #sessionsVolume7d}). Three short-notice reschedules (4.5) raise it for a tutor who held up to
   * 41 sessions that week; three ordinary ones (3) never do; a busy tutor's few routine reschedules
   * do not.
   */
  HIGH_RESCHEDULE(20) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      double weighted = weightedReschedules7d(f);
      return weighted > RESCHEDULE_THRESHOLD && weighted > RESCHEDULE_SHARE * sessionsVolume7d(f);
    }
  },
  /**
   * No-show risk (+25): no-shows in the last 14 days above {@value #NO_SHOW_RATE_14D} of the
   * tutor's 14-day sessions at their current pace ({@link #noShowRate14d}), or logins down more
   * than 30% ({@code logins_trend < −0.3}) together with more than 2 missed sessions (no-shows) in
   * the last 30 days ({@code no_shows_30d > 2}) that are more than {@value #NORMAL_NO_SHOW_RATE} of
   * the tutor's scheduled sessions ({@code no_show_rate_30d}). A tutor holding a session a day
   * still raises it on one no-show; one holding ten a day needs more than normal no-shows. A
   * missing login trend (no logins in 30 days) does not count as "down".
   */
  NO_SHOW_RISK(25) {
    @Override
    public boolean raisedBy(FeatureVector f) {
      double loginsTrend = f.get(ChurnFeature.LOGINS_TREND);
      return noShowRate14d(f) > NO_SHOW_RATE_14D
          || (loginsTrend < LOGIN_DROP
              && f.get(ChurnFeature.NO_SHOWS_30D) > MISSED_SESSIONS
              && f.get(ChurnFeature.NO_SHOW_RATE_30D) > NORMAL_NO_SHOW_RATE);
    }
  };

  /** Weight of a tutor reschedule with less than 24 h notice. */
  public static final double SHORT_NOTICE_WEIGHT = 1.5;

  /** High reschedule fires above this many weighted reschedules in 7 days (the PRD's count). */
  public static final double RESCHEDULE_THRESHOLD = 3.0;

  /** It also needs more than this share of the week's sessions (the fleet's usual: ~1 in 35). */
  public static final double RESCHEDULE_SHARE = 0.10;

  /** Login trend below which logins are "down more than 30%". */
  public static final double LOGIN_DROP = -0.3;

  /** No-show risk needs more than this many no-shows in 30 days alongside the login drop. */
  public static final double MISSED_SESSIONS = 2.0;

  /** A usual no-show rate (the synthetic fleet's is ~2.4%): above it, missed sessions count. */
  public static final double NORMAL_NO_SHOW_RATE = 0.025;

  /** No-show risk fires above this 14-day no-show rate (1 in 20: twice the usual). */
  public static final double NO_SHOW_RATE_14D = 0.05;

  /** Poor first session fires when more than this share of the month's first sessions is poor. */
  public static final double POOR_FIRST_SESSION_SHARE = 0.5;

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

  /**
   * Sessions of the last 7 days the tutor held or rescheduled: {@code sessions_7d +
   * tutor_reschedules_7d} (the base of the high-reschedule share).
   */
  public static double sessionsVolume7d(FeatureVector f) {
    return f.get(ChurnFeature.SESSIONS_7D) + f.get(ChurnFeature.TUTOR_RESCHEDULES_7D);
  }

  /**
   * The no-show rate of the last 14 days at the tutor's current pace: {@code no_shows_14d /
   * (no_shows_14d + 2 × sessions_7d)}, the held sessions of the last week standing for half of the
   * fortnight's (a tutor slowing down is measured on what they still hold). 0 without no-shows; 1
   * for no-shows without a session held this week.
   */
  public static double noShowRate14d(FeatureVector f) {
    double noShows = f.get(ChurnFeature.NO_SHOWS_14D);
    if (noShows <= 0) {
      return 0.0;
    }
    return noShows / (noShows + 2 * f.get(ChurnFeature.SESSIONS_7D));
  }

  /**
   * Poor first sessions of the last 30 days: the largest of the three signals' counts (first
   * sessions rated below 3, not recommended, started more than 10 minutes late), since one session
   * may show several.
   */
  public static double poorFirstSessions30d(FeatureVector f) {
    return Math.max(
        f.get(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D),
        Math.max(
            f.get(ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D),
            f.get(ChurnFeature.FIRST_SESSION_LATE_STARTS_30D)));
  }

  /**
   * First sessions of the last 30 days, estimated from the 90-day count at the 30-day share of the
   * 90-day sessions: {@code first_sessions_90d × sessions_30d / sessions_90d} (a ratio of two
   * windows over the same known days, so a short history does not shrink it); 0 without a session
   * in 90 days.
   */
  public static double firstSessions30d(FeatureVector f) {
    double sessions90 = f.get(ChurnFeature.SESSIONS_90D);
    if (sessions90 <= 0) {
      return 0.0;
    }
    return f.get(ChurnFeature.FIRST_SESSIONS_90D) * f.get(ChurnFeature.SESSIONS_30D) / sessions90;
  }
}
