package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.Feedback;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.FeedbackQuery;
import com.tutormax.common.domain.Coppa;
import com.tutormax.common.events.FeedbackSubmitted;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.feedback, keyed by feedback id. */
@Repository
public class FeedbackStore implements RecordTable<FeedbackSubmitted> {

  private static final String COLUMNS =
      "SELECT feedback_id, session_id, tutor_id, student_id, overall_rating, subject_knowledge,"
          + " communication, patience, engagement, helpfulness, would_recommend, first_session,"
          + " work_again, improvement_areas, free_text, submitted_at, source";

  private static final UnnestInsert<FeedbackSubmitted> INSERT =
      UnnestInsert.<FeedbackSubmitted>into("feedback", "feedback_id")
          .text("feedback_id", FeedbackSubmitted::feedbackId)
          .text("session_id", FeedbackSubmitted::sessionId)
          .text("tutor_id", FeedbackSubmitted::tutorId)
          .text("student_id", FeedbackSubmitted::studentId)
          .integer("overall_rating", FeedbackSubmitted::overallRating)
          .integer("subject_knowledge", FeedbackSubmitted::subjectKnowledge)
          .integer("communication", FeedbackSubmitted::communication)
          .integer("patience", FeedbackSubmitted::patience)
          .integer("engagement", FeedbackSubmitted::engagement)
          .integer("helpfulness", FeedbackSubmitted::helpfulness)
          .bool("would_recommend", FeedbackSubmitted::wouldRecommend)
          .bool("first_session", FeedbackSubmitted::firstSession)
          .text("work_again", f -> f.workAgain() == null ? null : f.workAgain().name())
          .textList("improvement_areas", FeedbackSubmitted::improvementAreas)
          .text("free_text", FeedbackSubmitted::freeText)
          .timestamp("submitted_at", FeedbackSubmitted::submittedAt)
          .text("source", f -> f.source().name());

  static final String COPPA_REFUSAL =
      "COPPA: the student is under " + Coppa.CONSENT_AGE + " and no parental consent is recorded";

  private final DatabaseClient db;
  private final StudentStore students;

  public FeedbackStore(DatabaseClient db, StudentStore students) {
    this.db = db;
    this.students = students;
  }

  @Override
  public Class<FeedbackSubmitted> eventType() {
    return FeedbackSubmitted.class;
  }

  @Override
  public String naturalKey(FeedbackSubmitted event) {
    return event.feedbackId();
  }

  /** COPPA: no rating from a child under 13 without recorded parental consent is stored. */
  @Override
  public Mono<Map<String, String>> refusals(List<FeedbackSubmitted> events) {
    Set<String> students =
        events.stream().map(FeedbackSubmitted::studentId).collect(Collectors.toSet());
    return this.students
        .withoutRequiredConsent(students)
        .map(
            refused ->
                events.stream()
                    .filter(f -> refused.contains(f.studentId()))
                    .collect(
                        Collectors.toMap(
                            FeedbackSubmitted::feedbackId, f -> COPPA_REFUSAL, (a, b) -> a)));
  }

  @Override
  public Mono<Long> insert(List<FeedbackSubmitted> events) {
    return INSERT.execute(db, events);
  }

  /** Newest submitted first. */
  public Mono<Page<Feedback>> page(FeedbackQuery query, PageRequest page) {
    Conditions where =
        new Conditions()
            .equal("tutor_id", query.tutorId())
            .equal("session_id", query.sessionId())
            .equal("student_id", query.studentId())
            .within("submitted_at", query.submitted());
    return Pages.of(
        db,
        COLUMNS,
        "feedback",
        where,
        "submitted_at DESC, feedback_id",
        page,
        FeedbackStore::feedback);
  }

  static Feedback feedback(Readable row) {
    String[] areas = row.get("improvement_areas", String[].class);
    return new Feedback(
        row.get("feedback_id", String.class),
        row.get("session_id", String.class),
        row.get("tutor_id", String.class),
        row.get("student_id", String.class),
        row.get("overall_rating", Integer.class),
        row.get("subject_knowledge", Integer.class),
        row.get("communication", Integer.class),
        row.get("patience", Integer.class),
        row.get("engagement", Integer.class),
        row.get("helpfulness", Integer.class),
        row.get("would_recommend", Boolean.class),
        row.get("first_session", Boolean.class),
        row.get("work_again", String.class),
        areas == null ? List.of() : List.of(areas),
        row.get("free_text", String.class),
        row.get("submitted_at", Instant.class),
        row.get("source", String.class));
  }
}
