package com.tutormax.evaluation.performance.persistence;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.SessionRecorded.SessionType;
import com.tutormax.evaluation.performance.domain.RatedSession;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rated sessions (one per feedback) with the subject and type of the session they rate. Feedback
 * and sessions come on different topics in no fixed order, so whichever arrives second completes
 * the pair: feedback looks its session up, and a session fills in feedback that came first.
 */
@Repository
public class RatingStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DatabaseClient db;

  public RatingStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> addSessions(Collection<SessionRecorded> sessions) {
    if (sessions.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SessionRecorded s : sessions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("session_id", s.sessionId());
      row.put("subject", s.subject());
      row.put("session_type", s.sessionType().name());
      rows.add(row);
    }
    String json = JSON.writeValueAsString(rows);
    return db.sql(
            "INSERT INTO session_subjects (session_id, subject, session_type)"
                + " SELECT session_id, subject, session_type FROM jsonb_to_recordset(CAST(:rows AS"
                + " jsonb)) AS r(session_id text, subject text, session_type text)"
                + " ON CONFLICT DO NOTHING")
        .bind("rows", json)
        .then()
        .then(
            db.sql(
                    "UPDATE rated_sessions r SET subject = s.subject, session_type = s.session_type"
                        + " FROM session_subjects s WHERE r.session_id = s.session_id"
                        + " AND r.subject IS NULL AND s.session_id = ANY(:ids)")
                .bind(
                    "ids", sessions.stream().map(SessionRecorded::sessionId).toArray(String[]::new))
                .then());
  }

  public Mono<Void> addFeedback(Collection<FeedbackSubmitted> feedback) {
    if (feedback.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FeedbackSubmitted f : feedback) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("feedback_id", f.feedbackId());
      row.put("tutor_id", f.tutorId());
      row.put("session_id", f.sessionId());
      row.put("submitted_at", f.submittedAt().toString());
      row.put("rating", f.overallRating());
      row.put("first_session", f.firstSession());
      rows.add(row);
    }
    return db.sql(
            "INSERT INTO rated_sessions (feedback_id, tutor_id, session_id, submitted_at, rating,"
                + " first_session, subject, session_type)"
                + " SELECT r.feedback_id, r.tutor_id, r.session_id, r.submitted_at, r.rating,"
                + " r.first_session, s.subject, s.session_type"
                + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(feedback_id text, tutor_id"
                + " text, session_id text, submitted_at timestamptz, rating smallint, first_session"
                + " boolean) LEFT JOIN session_subjects s ON s.session_id = r.session_id"
                + " ON CONFLICT DO NOTHING")
        .bind("rows", JSON.writeValueAsString(rows))
        .then();
  }

  /** One tutor's ratings submitted from {@code from} on. */
  public Flux<RatedSession> tutorRatings(String tutorId, Instant from) {
    return db.sql("SELECT * FROM rated_sessions WHERE tutor_id = :tutor AND submitted_at >= :from")
        .bind("tutor", tutorId)
        .bind("from", from)
        .map(RatingStore::rated)
        .all();
  }

  /** Every tutor's ratings submitted in [{@code from}, {@code to}) (the daily rollup). */
  public Flux<RatedSession> allRatings(Instant from, Instant to) {
    return db.sql("SELECT * FROM rated_sessions WHERE submitted_at >= :from AND submitted_at < :to")
        .bind("from", from)
        .bind("to", to)
        .map(RatingStore::rated)
        .all();
  }

  private static RatedSession rated(Readable row) {
    String subject = row.get("subject", String.class);
    String type = row.get("session_type", String.class);
    return new RatedSession(
        row.get("tutor_id", String.class),
        row.get("feedback_id", String.class),
        row.get("submitted_at", Instant.class),
        row.get("rating", Short.class),
        Boolean.TRUE.equals(row.get("first_session", Boolean.class)),
        subject == null ? null : SubjectFamily.ofSubject(subject).orElse(null),
        type == null ? null : SessionType.valueOf(type));
  }
}
