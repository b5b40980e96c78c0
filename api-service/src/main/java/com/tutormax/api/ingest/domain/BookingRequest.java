package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;

/**
 * POST /api/ingest/bookings: a session booked ahead, before it happens (a first session is then
 * assessed for risk in time for the tutor to prepare). {@code student_age} may be left out (the
 * first-session model then counts the student as of average age).
 */
public record BookingRequest(
    String sessionId,
    String tutorId,
    String studentId,
    Integer sessionNumber,
    Instant scheduledStart,
    Integer durationMinutes,
    String subject,
    SessionType sessionType,
    Integer studentAge,
    Instant bookedAt)
    implements IngestRequest {

  public static BookingRequest read(RecordReader r) {
    return new BookingRequest(
        r.text("session_id"),
        r.text("tutor_id"),
        r.text("student_id"),
        r.requiredInteger("session_number"),
        r.timestamp("scheduled_start"),
        r.requiredInteger("duration_minutes"),
        r.text("subject"),
        r.choice("session_type", SessionType.class),
        r.optionalInteger("student_age"),
        r.timestamp("booked_at"));
  }

  @Override
  public String naturalId() {
    return sessionId;
  }

  @Override
  public SessionBooked toEvent() {
    return new SessionBooked(
        sessionId,
        tutorId,
        studentId,
        IngestRequest.orZero(sessionNumber),
        scheduledStart,
        IngestRequest.orZero(durationMinutes),
        IngestRequest.subject(subject),
        sessionType,
        studentAge,
        bookedAt,
        DataSource.INGEST);
  }
}
