package com.tutormax.churn.firstsession.domain;

import com.tutormax.churn.models.domain.FeatureWords;
import com.tutormax.common.features.FirstSessionFeatures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reasons behind a first-session risk, in a manager's words: each feature's contribution to the
 * model's log-odds (exact for a linear model), the features that are parts of one fact (the hour's
 * sine and cosine, the subject's one-hot columns, the student's age and whether under 13) summed
 * into one reason, the largest in size first.
 */
final class FirstSessionFactors {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  private FirstSessionFactors() {}

  static List<String> top(
      double[] features, double[] contributions, Instant scheduledStart, String subject, int n) {
    Map<String, Double> shares = new LinkedHashMap<>();
    Map<String, String> words = new LinkedHashMap<>();
    List<String> names = FirstSessionFeatures.NAMES;
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      String reason = reason(name);
      shares.merge(reason, contributions[j], Double::sum);
      words.computeIfAbsent(
          reason, r -> words(name, features[FirstSessionFeatures.NAMES.indexOf(name)]));
    }
    words.put("hour", "Time of day: " + HOUR.format(scheduledStart) + " UTC");
    words.put("subject", "Subject: " + (subject == null ? "unknown" : subject));
    int age = names.indexOf(FirstSessionFeatures.STUDENT_AGE);
    words.put(
        "student",
        "Student age: " + (Double.isNaN(features[age]) ? "unknown" : (int) features[age]));
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(shares.entrySet());
    ranked.removeIf(e -> e.getValue() == 0);
    ranked.sort(
        Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())));
    return ranked.stream()
        .limit(n)
        .map(e -> words.get(e.getKey()) + (e.getValue() >= 0 ? " (raises risk)" : " (lowers risk)"))
        .toList();
  }

  /** The fact a feature is part of: its own name unless it is part of a composite. */
  private static String reason(String feature) {
    return switch (feature) {
      case FirstSessionFeatures.HOUR_SIN, FirstSessionFeatures.HOUR_COS -> "hour";
      case FirstSessionFeatures.SUBJECT_STEM,
          FirstSessionFeatures.SUBJECT_LANGUAGE_WRITING,
          FirstSessionFeatures.SUBJECT_TEST_PREP ->
          "subject";
      case FirstSessionFeatures.STUDENT_AGE, FirstSessionFeatures.STUDENT_UNDER_13 -> "student";
      default -> feature;
    };
  }

  /** A history feature as the window models' reasons word it (without their raises/lowers). */
  private static String words(String feature, double value) {
    String described = FeatureWords.describe(feature, value, 0);
    return described.substring(0, described.lastIndexOf(" ("));
  }
}
