package com.tutormax.api.profiles.domain;

import java.time.LocalDate;

/** The last churn score of one UTC day, for a tutor's trend. */
public record ScoreDay(LocalDate day, double headlineScore, String riskLevel) {}
