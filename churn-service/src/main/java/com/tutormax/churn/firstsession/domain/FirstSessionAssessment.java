package com.tutormax.churn.firstsession.domain;

import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import java.time.Instant;
import java.util.List;

/**
 * The first-session rule of the PRD: the served model's probability of a rating below 3, and a
 * preparation reminder when it is above {@value #REMINDER_ABOVE} and the session is still ahead (a
 * backfill's past first sessions are assessed for the record, not reminded).
 */
public final class FirstSessionAssessment {

  /** PRD: "Risk > 50% sends the tutor a preparation reminder." */
  public static final double REMINDER_ABOVE = 0.5;

  /** How many reasons an assessment carries. */
  public static final int TOP_FACTORS = 3;

  /** The probability and its top factors. */
  public record Assessment(double probability, List<String> factors) {}

  private FirstSessionAssessment() {}

  /**
   * Assesses a row of {@link FirstSessionFeatures} with {@code model}.
   *
   * @throws IllegalArgumentException if the model was trained on other features (it is not used)
   */
  public static Assessment assess(
      LogisticModel model, double[] features, Instant scheduledStart, String subject) {
    if (!model.featureNames().equals(FirstSessionFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "the model's features " + model.featureNames() + " are not the served ones");
    }
    double probability = model.probability(features);
    List<String> factors =
        FirstSessionFactors.top(
            features, model.contributions(features), scheduledStart, subject, TOP_FACTORS);
    return new Assessment(probability, factors);
  }

  /** Whether the tutor gets a preparation reminder. */
  public static boolean remind(double probability, Instant scheduledStart, Instant now) {
    return probability > REMINDER_ABOVE && scheduledStart.isAfter(now);
  }
}
