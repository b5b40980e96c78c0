package com.tutormax.api.profiles.domain;

import com.tutormax.common.events.ChurnPredicted.Factor;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tutor's latest churn prediction as churn-service published it. {@code riskLevel} is the
 * predicted band of the headline score: a manager's override is not carried by ChurnPredicted, so
 * it is not reflected here (see docs/tutor-profiles.md).
 */
public record ChurnView(
    double headlineScore,
    double ruleScore,
    String riskLevel,
    Map<String, Double> windowProbabilities,
    Map<String, Double> components,
    List<String> flags,
    List<Factor> topFactors,
    Map<String, String> modelVersions,
    Instant asOf) {}
