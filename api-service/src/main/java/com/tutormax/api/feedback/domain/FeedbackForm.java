package com.tutormax.api.feedback.domain;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What the public form shows before a student rates: which session (subject and time, no names),
 * whether the first-session question applies, the improvement areas to tick, and until when the
 * link works.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeedbackForm(
    String subject,
    Instant scheduledStart,
    boolean firstSession,
    List<String> improvementAreas,
    Instant expiresAt) {}
