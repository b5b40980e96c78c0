package com.tutormax.common.features;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The churn features, in vector order; each feature's name is its constant in lower case ({@code
 * SESSIONS_7D} → {@code sessions_7d}). Computed by {@link ChurnFeatures} from closed tutor-days
 * strictly before the as-of date.
 *
 * <p>Windows: the N-day window of as-of date A is the closed days A−N … A−1 (A itself excluded).
 * Rates are on a 0–1 scale. A feature with nothing to measure is NaN (missing); counts are 0.
 * "Observed days" are the closed days present in a window (a tutor's days start at joining). Append
 * new features at the end; never reorder or rename (a trained model names its columns). Catalogue:
 * docs/churn-features.md.
 */
public enum ChurnFeature {
  /** Days from the join date to the as-of date (0 on the join day, never negative). */
  TENURE_DAYS,
  /** 1 if tenure is under 30 days, else 0. */
  IS_NEW,
  /** Held sessions in the last 7 days. */
  SESSIONS_7D,
  /** Held sessions in the last 30 days. */
  SESSIONS_30D,
  /** Held sessions in the last 90 days. */
  SESSIONS_90D,
  /** Held sessions per observed day, 7 days over 30 days, minus 1 (−0.5: half the pace). */
  SESSIONS_TREND,
  /** Held sessions per observed day, 30 days over 90 days, minus 1. */
  SESSIONS_TREND_30D_90D,
  /** Held sessions in the last 7 days / the tutor's baseline sessions a week. */
  SESSIONS_7D_VS_BASELINE,
  /** Days from the last day with a held session to the as-of date (1: yesterday); NaN if never. */
  DAYS_SINCE_LAST_SESSION,
  /** Mean overall rating (1–5) submitted in the last 7 days. */
  RATING_AVG_7D,
  /** Mean overall rating (1–5) submitted in the last 30 days. */
  RATING_AVG_30D,
  /** 7-day minus 30-day rating average. */
  RATING_TREND,
  /** Ratings submitted in the last 30 days. */
  RATINGS_30D,
  /** Rated first sessions rated 4+ / rated first sessions, last 90 days. */
  FIRST_SESSION_SUCCESS_RATE_90D,
  /** Rated first sessions in the last 90 days. */
  FIRST_SESSIONS_90D,
  /** First sessions rated below 3 in the last 30 days. */
  FIRST_SESSIONS_POORLY_RATED_30D,
  /**
   * First-session feedback not recommending the tutor (or "work again?" probably not / no), 30
   * days.
   */
  FIRST_SESSIONS_NOT_RECOMMENDED_30D,
  /** Held first sessions started more than 10 minutes late, last 30 days. */
  FIRST_SESSION_LATE_STARTS_30D,
  /** Logins in the last 7 days. */
  LOGINS_7D,
  /** Logins in the last 30 days. */
  LOGINS_30D,
  /** Logins per observed day, 7 days over 30 days, minus 1 (PRD flag: down more than 30%). */
  LOGINS_TREND,
  /** Mean session engagement (0–1) of held sessions, last 7 days. */
  ENGAGEMENT_7D,
  /** Mean session engagement (0–1) of held sessions, last 30 days. */
  ENGAGEMENT_30D,
  /** 7-day minus 30-day session engagement. */
  ENGAGEMENT_TREND,
  /** Median message response time (minutes, nearest rank), last 30 days. */
  RESPONSE_MINUTES_P50_30D,
  /** 95th-percentile message response time (minutes, nearest rank), last 30 days. */
  RESPONSE_MINUTES_P95_30D,
  /** Message responses in the last 30 days. */
  MESSAGE_RESPONSES_30D,
  /** Tutor reschedules / scheduled sessions, last 7 days. */
  RESCHEDULE_RATE_7D,
  /** Tutor reschedules / scheduled sessions, last 30 days. */
  RESCHEDULE_RATE_30D,
  /** Tutor reschedules in the last 7 days (PRD flag: more than 3). */
  TUTOR_RESCHEDULES_7D,
  /** Tutor reschedules with less than 24 h notice, last 7 days. */
  SHORT_NOTICE_RESCHEDULES_7D,
  /** No-shows in the last 14 days. */
  NO_SHOWS_14D,
  /** No-shows in the last 30 days. */
  NO_SHOWS_30D,
  /** No-shows / scheduled sessions, last 30 days. */
  NO_SHOW_RATE_30D,
  /** Held sessions started more than 5 minutes late, last 30 days. */
  LATE_STARTS_30D,
  /** Late starts / held sessions, last 30 days. */
  LATE_START_RATE_30D,
  /**
   * Availability hours, mean of the last 7 days minus mean of the last 28 days (from the net
   * availability changes; the unknown absolute level cancels out). NaN without an observed day.
   */
  AVAILABILITY_HOURS_VS_4W_MEAN,
  /** Net availability change (hours) in the last 30 days. */
  AVAILABILITY_HOURS_DELTA_30D,
  /** Availability changes in the last 30 days. */
  AVAILABILITY_CHANGES_30D,
  /** Training modules completed in the last 30 days. */
  TRAINING_COMPLETIONS_30D,
  /** Training modules completed before the as-of date. */
  TRAINING_COMPLETIONS_TOTAL,
  /** Held sessions meeting their objectives / held sessions, last 30 days. */
  OBJECTIVES_MET_RATE_30D,
  /** Held sessions with technical issues / held sessions, last 30 days. */
  TECHNICAL_ISSUE_RATE_30D,
  /** Distinct subjects of held sessions, last 30 days. */
  SUBJECTS_TAUGHT_30D,
  /** Distinct subjects of held sessions, last 90 days. */
  SUBJECTS_TAUGHT_90D,
  /** 1 if a STEM subject was taught in the last 90 days, else 0. */
  TEACHES_STEM_90D,
  /** 1 if a language/writing subject was taught in the last 90 days, else 0. */
  TEACHES_LANGUAGE_WRITING_90D,
  /** 1 if a test-prep subject was taught in the last 90 days, else 0. */
  TEACHES_TEST_PREP_90D,
  /** Day of week of the as-of date, 1 (Monday) … 7 (Sunday). */
  DAY_OF_WEEK,
  /** Month of the as-of date, 1 … 12. */
  MONTH,
  /** 1 if the as-of date is in the winter holiday season (15 December … 5 January), else 0. */
  HOLIDAY_SEASON;

  private static final List<String> NAMES =
      Arrays.stream(values()).map(ChurnFeature::featureName).toList();

  /** The stable feature name: the constant in lower case. */
  public String featureName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every feature name, in vector order (training's column order). */
  public static List<String> names() {
    return NAMES;
  }
}
