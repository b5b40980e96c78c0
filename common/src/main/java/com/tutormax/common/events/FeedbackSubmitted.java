package com.tutormax.common.events;

import java.time.Instant;
import java.util.List;

/** A student's rating of a session; first sessions add the "work again?" answer. */
public record FeedbackSubmitted(
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
    WorkAgain workAgain,
    List<String> improvementAreas,
    String freeText,
    Instant submittedAt,
    DataSource source)
    implements TutorMaxEvent {

  /** The first-session question: would you work with this tutor again? */
  public enum WorkAgain {
    YES,
    MAYBE,
    PROBABLY_NOT,
    NO
  }

  @Override
  public String key() {
    return tutorId;
  }
}
