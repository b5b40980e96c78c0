package com.tutormax.api.ingest.domain;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorRegistered;
import java.time.Instant;
import java.util.List;

/** POST /api/ingest/tutors: a tutor who joined the marketplace. */
public record TutorRequest(
    String tutorId,
    String name,
    String email,
    List<String> subjects,
    SubjectFamily subjectFamily,
    Integer baselineSessionsPerWeek,
    Instant joinedAt)
    implements IngestRequest {

  public static TutorRequest read(RecordReader r) {
    return new TutorRequest(
        r.text("tutor_id"),
        r.text("name"),
        r.text("email"),
        r.texts("subjects"),
        r.choice("subject_family", SubjectFamily.class),
        r.requiredInteger("baseline_sessions_per_week"),
        r.timestamp("joined_at"));
  }

  @Override
  public String naturalId() {
    return tutorId;
  }

  @Override
  public TutorRegistered toEvent() {
    return new TutorRegistered(
        tutorId,
        name,
        email,
        subjects == null ? null : subjects.stream().map(IngestRequest::subject).toList(),
        subjectFamily == null ? null : subjectFamily.name(),
        IngestRequest.orZero(baselineSessionsPerWeek),
        joinedAt,
        DataSource.INGEST);
  }
}
