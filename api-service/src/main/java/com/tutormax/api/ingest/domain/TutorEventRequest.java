package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorActivityRecorded.Kind;
import java.time.Instant;

/**
 * POST /api/ingest/tutor-events: tutor behaviour outside sessions (login, message_response,
 * availability_change, training_completed, reschedule_request). Which optional field is needed
 * depends on the event type; EventValidator says which.
 */
public record TutorEventRequest(
    String eventId,
    String tutorId,
    Kind eventType,
    Instant occurredAt,
    Double responseMinutes,
    Double availabilityHoursDelta,
    String trainingModule,
    String detail)
    implements IngestRequest {

  public static TutorEventRequest read(RecordReader r) {
    return new TutorEventRequest(
        r.text("event_id"),
        r.text("tutor_id"),
        r.choice("event_type", Kind.class),
        r.timestamp("occurred_at"),
        r.number("response_minutes"),
        r.number("availability_hours_delta"),
        r.text("training_module"),
        r.text("detail"));
  }

  @Override
  public String naturalId() {
    return eventId;
  }

  @Override
  public TutorActivityRecorded toEvent() {
    return new TutorActivityRecorded(
        eventId,
        tutorId,
        eventType,
        occurredAt,
        responseMinutes,
        availabilityHoursDelta,
        trainingModule,
        detail,
        DataSource.INGEST);
  }
}
