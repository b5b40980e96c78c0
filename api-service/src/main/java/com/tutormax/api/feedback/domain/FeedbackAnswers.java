package com.tutormax.api.feedback.domain;

import com.tutormax.api.ingest.domain.IngestRequest;
import com.tutormax.api.ingest.domain.RecordReader;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.FeedbackSubmitted.WorkAgain;
import com.tutormax.common.validation.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * What a student answers on the feedback form. Who rated which session comes from the link, never
 * from the form, so a student cannot rate someone else's session.
 */
public record FeedbackAnswers(
    Integer overallRating,
    Integer subjectKnowledge,
    Integer communication,
    Integer patience,
    Integer engagement,
    Integer helpfulness,
    Boolean wouldRecommend,
    WorkAgain workAgain,
    List<String> improvementAreas,
    String freeText) {

  /** The answers and every field that could not be read. */
  public record Read(FeedbackAnswers answers, List<FieldError> errors) {}

  public static Read read(JsonNode body) {
    RecordReader r = new RecordReader(body);
    FeedbackAnswers answers =
        new FeedbackAnswers(
            r.requiredInteger("overall_rating"),
            r.requiredInteger("subject_knowledge"),
            r.requiredInteger("communication"),
            r.requiredInteger("patience"),
            r.requiredInteger("engagement"),
            r.requiredInteger("helpfulness"),
            r.requiredFlag("would_recommend"),
            r.choice("work_again", WorkAgain.class),
            r.texts("improvement_areas"),
            r.text("free_text"));
    return new Read(answers, r.finish());
  }

  /** The event the answers become; the field rules are checked on it by EventValidator. */
  public FeedbackSubmitted toEvent(FeedbackToken token, String feedbackId, Instant submittedAt) {
    return new FeedbackSubmitted(
        feedbackId,
        token.sessionId(),
        token.tutorId(),
        token.studentId(),
        IngestRequest.orZero(overallRating),
        IngestRequest.orZero(subjectKnowledge),
        IngestRequest.orZero(communication),
        IngestRequest.orZero(patience),
        IngestRequest.orZero(engagement),
        IngestRequest.orZero(helpfulness),
        IngestRequest.orFalse(wouldRecommend),
        token.firstSession(),
        workAgain,
        improvementAreas == null
            ? List.of()
            : improvementAreas.stream()
                .map(a -> a == null ? "" : a.trim().toLowerCase(Locale.ROOT))
                .toList(),
        freeText == null || freeText.isBlank() ? null : freeText.strip(),
        submittedAt,
        DataSource.INGEST);
  }
}
