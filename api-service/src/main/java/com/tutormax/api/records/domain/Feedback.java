package com.tutormax.api.records.domain;

import java.time.Instant;
import java.util.List;

/** A stored student rating of a session. It names the student by id only, never by name. */
public record Feedback(
    String feedbackId,
    String sessionId,
    String tutorId,
    String studentId,
    int overallRating,
    int subjectKnowledge,
    int communication,
    int patience,
    int engagement,
    int helpfulness,
    boolean wouldRecommend,
    boolean firstSession,
    String workAgain,
    List<String> improvementAreas,
    String freeText,
    Instant submittedAt,
    String source) {

  /**
   * The feedback as a tutor may see it (FERPA): ratings and comments without who gave them, so
   * neither the student nor the session (which names the student) is given.
   */
  public Feedback withoutStudent() {
    return new Feedback(
        feedbackId,
        null,
        tutorId,
        null,
        overallRating,
        subjectKnowledge,
        communication,
        patience,
        engagement,
        helpfulness,
        wouldRecommend,
        firstSession,
        workAgain,
        improvementAreas,
        freeText,
        submittedAt,
        source);
  }
}
