package com.tutormax.common.events;

import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;

/**
 * A session was booked: known before it happens, so a first session ({@code sessionNumber} 1) can
 * be assessed for risk while there is time to prepare. {@code studentAge} is the student's age at
 * booking (null if unknown), carried here because the first-session model needs it and a student's
 * registration travels on another topic, with no order against this one.
 */
public record SessionBooked(
    String sessionId,
    String tutorId,
    String studentId,
    int sessionNumber,
    Instant scheduledStart,
    int durationMinutes,
    String subject,
    SessionType sessionType,
    Integer studentAge,
    Instant bookedAt,
    DataSource source)
    implements TutorMaxEvent {

  public boolean firstSession() {
    return sessionNumber == 1;
  }

  @Override
  public String key() {
    return tutorId;
  }
}
