package com.tutormax.common.testing;

import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.features.FeatureVector;
import java.util.EnumMap;
import java.util.Map;

/** Hand-built churn feature vectors for the rule tests (common's and churn-service's). */
public final class Vectors {

  private final Map<ChurnFeature, Double> values = new EnumMap<>(ChurnFeature.class);

  private Vectors() {}

  /**
   * A settled tutor with no risk signal: a year of tenure, flat trends, 30-day rating 4.5, every
   * first session a success, no reschedules, no-shows or availability change. Every component 0.
   */
  public static Vectors calm() {
    Vectors v = new Vectors();
    for (ChurnFeature f : ChurnFeature.values()) {
      v.values.put(f, 0.0);
    }
    return v.with(ChurnFeature.TENURE_DAYS, 365)
        .with(ChurnFeature.RATING_AVG_7D, 4.5)
        .with(ChurnFeature.RATING_AVG_30D, 4.5)
        .with(ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D, 1.0)
        .with(ChurnFeature.FIRST_SESSIONS_90D, 2);
  }

  /**
   * A tutor with nothing to measure: counts 0, tenure as given, every rate, average, trend and
   * availability NaN (missing).
   */
  public static Vectors empty(int tenureDays) {
    Vectors v = new Vectors();
    for (ChurnFeature f : ChurnFeature.values()) {
      v.values.put(f, 0.0);
    }
    return v.with(ChurnFeature.TENURE_DAYS, tenureDays)
        .missing(
            ChurnFeature.SESSIONS_TREND,
            ChurnFeature.LOGINS_TREND,
            ChurnFeature.ENGAGEMENT_7D,
            ChurnFeature.ENGAGEMENT_30D,
            ChurnFeature.ENGAGEMENT_TREND,
            ChurnFeature.RATING_AVG_7D,
            ChurnFeature.RATING_AVG_30D,
            ChurnFeature.RATING_TREND,
            ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D,
            ChurnFeature.RESCHEDULE_RATE_7D,
            ChurnFeature.RESCHEDULE_RATE_30D,
            ChurnFeature.NO_SHOW_RATE_30D,
            ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN);
  }

  /** A copy with {@code feature} set to {@code value} (this builder is left unchanged). */
  public Vectors with(ChurnFeature feature, double value) {
    Vectors copy = copy();
    copy.values.put(feature, value);
    return copy;
  }

  /** A copy with {@code features} missing (NaN). */
  public Vectors missing(ChurnFeature... features) {
    Vectors copy = copy();
    for (ChurnFeature f : features) {
      copy.values.put(f, Double.NaN);
    }
    return copy;
  }

  private Vectors copy() {
    Vectors copy = new Vectors();
    copy.values.putAll(values);
    return copy;
  }

  public FeatureVector build() {
    ChurnFeature[] all = ChurnFeature.values();
    double[] v = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      v[i] = values.get(all[i]);
    }
    return FeatureVector.of(ChurnFeature.names(), v);
  }
}
