package com.tutormax.api.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** The kinds of record the ingestion API takes, each with its route and its JSON format. */
public enum RecordKind {
  TUTOR("tutor", "tutors", "tutor_id", TutorRequest::read),
  STUDENT("student", "students", "student_id", StudentRequest::read),
  SESSION("session", "sessions", "session_id", SessionRequest::read),
  BOOKING("booking", "bookings", "session_id", BookingRequest::read),
  FEEDBACK("feedback", "feedback", "feedback_id", FeedbackRequest::read),
  TUTOR_EVENT("tutor-event", "tutor-events", "event_id", TutorEventRequest::read),
  LIFECYCLE("lifecycle", "lifecycle", "tutor_id", LifecycleRequest::read);

  private final String label;
  private final String route;
  private final String idField;
  private final Function<RecordReader, IngestRequest> reader;

  RecordKind(
      String label, String route, String idField, Function<RecordReader, IngestRequest> reader) {
    this.label = label;
    this.route = route;
    this.idField = idField;
    this.reader = reader;
  }

  /** Singular name, as in event ids and audit entries. */
  public String label() {
    return label;
  }

  /** The last segment of its route, /api/ingest/{route}. */
  public String route() {
    return route;
  }

  /** The field that holds its natural id. */
  public String idField() {
    return idField;
  }

  /** Reads one item of a request body into its event, with every reading and rule error. */
  public ParsedRecord read(JsonNode item) {
    if (item == null || !item.isObject()) {
      return ParsedRecord.notAnObject();
    }
    RecordReader fields = new RecordReader(item);
    IngestRequest request = reader.apply(fields);
    return new ParsedRecord(request.toEvent(), request.naturalId(), fields.finish());
  }

  /**
   * The event id of a record: derived from its natural id, so sending the same record again gives
   * the same event, which consumers skip as a duplicate.
   */
  public UUID eventId(String naturalId) {
    return UUID.nameUUIDFromBytes(
        ("ingest:" + label + ":" + naturalId).getBytes(StandardCharsets.UTF_8));
  }
}
