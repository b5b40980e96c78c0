package com.tutormax.api.profiles.domain;

import com.tutormax.api.notes.domain.ManagerNote;
import com.tutormax.api.records.domain.Feedback;
import java.util.List;

/**
 * Everything staff see on a tutor's page. {@code performance} and {@code churn} are null until the
 * tutor's first evaluation and prediction arrive; {@code churnTrend} is the last score of each of
 * the last days, oldest first.
 */
public record TutorProfile(
    TutorIdentity identity,
    PerformanceView performance,
    ChurnView churn,
    List<ScoreDay> churnTrend,
    List<ActiveFlag> activeFlags,
    List<InterventionEntry> interventions,
    List<Feedback> recentFeedback,
    List<ManagerNote> notes) {}
