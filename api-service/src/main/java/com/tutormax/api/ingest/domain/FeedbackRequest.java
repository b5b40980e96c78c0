package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.FeedbackSubmitted.WorkAgain;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * POST /api/ingest/feedback: a student's rating of a session. improvement_areas may be left out
 * (none ticked); work_again belongs to first sessions only.
 */
public record FeedbackRequest(
    String feedbackId,
    String sessionId,
    String tutorId,
    String studentId,
    Integer overallRating,
    Integer subjectKnowledge,
    Integer communication,
    Integer patience,
    Integer engagement,
    Integer helpfulness,
    Boolean wouldRecommend,
    Boolean firstSession,
    WorkAgain workAgain,
    List<String> improvementAreas,
    String freeText,
    Instant submittedAt)
    implements IngestRequest {

  public static FeedbackRequest read(RecordReader r) {
    return new FeedbackRequest(
        r.text("feedback_id"),
        r.text("session_id"),
        r.text("tutor_id"),
        r.text("student_id"),
        r.requiredInteger("overall_rating"),
        r.requiredInteger("subject_knowledge"),
        r.requiredInteger("communication"),
        r.requiredInteger("patience"),
        r.requiredInteger("engagement"),
        r.requiredInteger("helpfulness"),
        r.requiredFlag("would_recommend"),
        r.requiredFlag("first_session"),
        r.choice("work_again", WorkAgain.class),
        r.texts("improvement_areas"),
        r.text("free_text"),
        r.timestamp("submitted_at"));
  }

  @Override
  public String naturalId() {
    return feedbackId;
  }

  @Override
  public FeedbackSubmitted toEvent() {
    return new FeedbackSubmitted(
        feedbackId,
        sessionId,
        tutorId,
        studentId,
        IngestRequest.orZero(overallRating),
        IngestRequest.orZero(subjectKnowledge),
        IngestRequest.orZero(communication),
        IngestRequest.orZero(patience),
        IngestRequest.orZero(engagement),
        IngestRequest.orZero(helpfulness),
        IngestRequest.orFalse(wouldRecommend),
        IngestRequest.orFalse(firstSession),
        workAgain,
        improvementAreas == null
            ? List.of()
            : improvementAreas.stream()
                .map(a -> a == null ? "" : a.trim().toLowerCase(Locale.ROOT))
                .toList(),
        freeText,
        submittedAt,
        DataSource.INGEST);
  }
}
