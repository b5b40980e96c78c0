package com.tutormax.api.records.domain;

/** The filters of the record lists; a null field does not filter. */
public final class RecordQueries {

  private RecordQueries() {}

  /** Tutors teaching {@code subject}, in a family, with a status, from a source. */
  public record TutorQuery(
      String tutorId, String subject, String subjectFamily, TutorStatus status, String source) {

    public TutorQuery withTutorId(String tutor) {
      return new TutorQuery(tutor, subject, subjectFamily, status, source);
    }
  }

  /** Sessions of a tutor or student, scheduled in a window, of a subject, from a source. */
  public record SessionQuery(
      String tutorId, String studentId, TimeRange scheduled, String subject, String source) {

    public SessionQuery withTutorId(String tutor) {
      return new SessionQuery(tutor, studentId, scheduled, subject, source);
    }
  }

  /** Feedback about a tutor or a session, submitted in a window. */
  public record FeedbackQuery(
      String tutorId, String sessionId, String studentId, TimeRange submitted) {

    public FeedbackQuery(String tutorId, String sessionId, TimeRange submitted) {
      this(tutorId, sessionId, null, submitted);
    }

    public FeedbackQuery withTutorId(String tutor) {
      return new FeedbackQuery(tutor, sessionId, studentId, submitted);
    }

    public FeedbackQuery withStudentId(String student) {
      return new FeedbackQuery(tutorId, sessionId, student, submitted);
    }
  }

  /** One tutor's activity of a kind, in a window. */
  public record ActivityQuery(String tutorId, String kind, TimeRange occurred) {}
}
