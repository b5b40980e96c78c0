package com.tutormax.churn.models.domain;

import java.util.List;
import java.util.Locale;

/**
 * A feature and its value in a manager's words, for the reasons behind a model's prediction: {@code
 * reschedule_rate_7d} = 0.25 reads "Reschedule rate (7 days): 25%", a SHAP value above 0 "raises
 * risk".
 */
public final class FeatureWords {

  private FeatureWords() {}

  /** "Label: value (raises|lowers risk)". */
  public static String describe(String feature, double value, double contribution) {
    return label(feature)
        + ": "
        + value(feature, value)
        + (contribution >= 0 ? " (raises risk)" : " (lowers risk)");
  }

  static String label(String feature) {
    String window = "";
    String base = feature;
    for (String w : new String[] {"7d", "14d", "30d", "90d", "4w"}) {
      if (base.endsWith("_" + w)) {
        window = " (" + w.replace("d", " days").replace("4w", "4 weeks") + ")";
        base = base.substring(0, base.length() - w.length() - 1);
      }
    }
    String words =
        base.replace("avg", "average")
            .replace("vs_", "vs ")
            .replace('_', ' ')
            .replace("is new", "new tutor");
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + window;
  }

  static String value(String feature, double value) {
    if (Double.isNaN(value)) {
      return "no data";
    }
    List<String> words = List.of(feature.split("_"));
    // A rate is 0–1 and reads as a percent; "rated" or "rating" are counts and averages.
    if (words.contains("rate")) {
      return Math.round(value * 100) + "%";
    }
    if (feature.startsWith("is_")
        || feature.startsWith("teaches_")
        || feature.equals("student_under_13")
        || feature.equals("holiday_season")) {
      return value > 0 ? "yes" : "no";
    }
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
