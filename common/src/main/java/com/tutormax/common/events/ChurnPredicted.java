package com.tutormax.common.events;

import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tutor's churn score as of a date: the rule score with its components and flags, the ML window
 * probabilities (empty until a model is promoted) and the top factors behind the headline score.
 */
public record ChurnPredicted(
    String tutorId,
    Instant asOf,
    double headlineScore,
    double ruleScore,
    RiskLevel riskLevel,
    Map<String, Double> components,
    List<String> flags,
    Map<String, Double> windowProbabilities,
    List<Factor> topFactors,
    Map<String, String> modelVersions)
    implements TutorMaxEvent {

  /** One reason behind a score, in words a manager understands. */
  public record Factor(String feature, String description, double contribution) {}

  @Override
  public String key() {
    return tutorId;
  }
}
