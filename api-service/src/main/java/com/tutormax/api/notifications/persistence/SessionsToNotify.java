package com.tutormax.api.notifications.persistence;

import com.tutormax.api.notifications.domain.HeldSession;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The sessions the notice jobs act on (core.sessions with their tutors; index sessions_held_at).
 */
@Repository
public class SessionsToNotify {

  private static final String HELD_AT = "COALESCE(s.actual_start, s.scheduled_start)";

  private static final String SELECT =
      "SELECT s.session_id, s.tutor_id, s.student_id, s.subject, "
          + HELD_AT
          + " AS held_at, s.duration_minutes, t.name AS tutor_name, t.email AS tutor_email,"
          + " EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = :keyPrefix || s.session_id)"
          + " AS notice_recorded"
          + " FROM sessions s JOIN tutors t ON t.tutor_id = s.tutor_id";

  private final DatabaseClient db;

  public SessionsToNotify(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Sessions held in (from, to] that took place (not no-shows) and have no rating: neither stored
   * feedback nor one on its way through a used feedback link.
   */
  public Flux<HeldSession> unrated(Instant from, Instant to, String keyPrefix) {
    return db.sql(
            SELECT
                + " WHERE "
                + HELD_AT
                + " > :from AND "
                + HELD_AT
                + " <= :to AND NOT s.no_show"
                + " AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.session_id = s.session_id)"
                + " AND NOT EXISTS (SELECT 1 FROM feedback_tokens k"
                + " WHERE k.session_id = s.session_id AND k.used_at IS NOT NULL)"
                + " ORDER BY held_at, s.session_id")
        .bind("from", from)
        .bind("to", to)
        .bind("keyPrefix", keyPrefix)
        .map(SessionsToNotify::session)
        .all();
  }

  /**
   * First sessions (session number 1 of a tutor and student) that took place and whose end plus
   * {@code after} fell in (from, to]. The start is bounded too (a session lasts under a day), so
   * the lookup uses the held-at index.
   */
  public Flux<HeldSession> firstSessionsEnded(
      java.time.Duration after, Instant from, Instant to, String keyPrefix) {
    String due = HELD_AT + " + make_interval(mins => s.duration_minutes + :afterMinutes)";
    return db.sql(
            SELECT
                + " WHERE s.session_number = 1 AND NOT s.no_show AND "
                + HELD_AT
                + " > :earliestStart AND "
                + HELD_AT
                + " <= :latestStart AND "
                + due
                + " > :from AND "
                + due
                + " <= :to ORDER BY held_at, s.session_id")
        .bind("afterMinutes", (int) after.toMinutes())
        .bind("earliestStart", from.minus(after).minus(java.time.Duration.ofDays(1)))
        .bind("latestStart", to.minus(after))
        .bind("from", from)
        .bind("to", to)
        .bind("keyPrefix", keyPrefix)
        .map(SessionsToNotify::session)
        .all();
  }

  private static HeldSession session(Readable row) {
    return new HeldSession(
        row.get("session_id", String.class),
        row.get("tutor_id", String.class),
        row.get("student_id", String.class),
        row.get("subject", String.class),
        row.get("held_at", Instant.class),
        row.get("duration_minutes", Integer.class),
        row.get("tutor_name", String.class),
        row.get("tutor_email", String.class),
        Boolean.TRUE.equals(row.get("notice_recorded", Boolean.class)));
  }
}
