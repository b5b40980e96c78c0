package com.tutormax.api.profiles.domain;

import java.time.Instant;
import java.util.List;

/**
 * One row of the staff tutor list: identity, tenure, tier and the latest churn score (tier and
 * churn fields null until the tutor's first evaluation or prediction).
 */
public record TutorSummary(
    String tutorId,
    String name,
    String email,
    List<String> subjects,
    String subjectFamily,
    String status,
    Instant joinedAt,
    long tenureDays,
    String tier,
    Double performanceScore,
    Double headlineScore,
    Double ruleScore,
    String riskLevel,
    Instant predictedAt) {}
