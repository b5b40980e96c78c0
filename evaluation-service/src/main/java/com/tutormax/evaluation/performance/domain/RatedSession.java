package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One rating with what the service joined from its session: subject family and session type, both
 * null when the session is not (yet) known. Belongs to the UTC day it was submitted.
 */
public record RatedSession(
    String tutorId,
    String feedbackId,
    Instant submittedAt,
    int rating,
    boolean firstSession,
    SubjectFamily subjectFamily,
    SessionType sessionType) {

  /** Oldest first; the feedback id breaks ties so "the last 30" is always the same 30. */
  public static final Comparator<RatedSession> CHRONOLOGICAL =
      Comparator.comparing(RatedSession::submittedAt).thenComparing(RatedSession::feedbackId);

  public RatedSession {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(feedbackId, "feedbackId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("a rating is 1 to 5, not " + rating);
    }
  }

  /** Feedback joined to its session, or to nothing ({@code session == null}). */
  public static RatedSession of(FeedbackSubmitted feedback, SessionRecorded session) {
    return session == null
        ? of(feedback, null, null)
        : of(feedback, session.subject(), session.sessionType());
  }

  /** Feedback with the subject and type the service stored for its session (either may be null). */
  public static RatedSession of(FeedbackSubmitted feedback, String subject, SessionType type) {
    SubjectFamily family = subject == null ? null : SubjectFamily.ofSubject(subject).orElse(null);
    return new RatedSession(
        feedback.tutorId(),
        feedback.feedbackId(),
        feedback.submittedAt(),
        feedback.overallRating(),
        feedback.firstSession(),
        family,
        type);
  }

  public LocalDate day() {
    return EventDay.utcDay(submittedAt);
  }
}
