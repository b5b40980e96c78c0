package com.tutormax.common.events;

/** Kafka record headers every TutorMax event carries. */
public final class EventHeaders {

  public static final String EVENT_TYPE = "tm-event-type";
  public static final String EVENT_ID = "tm-event-id";
  public static final String PRODUCER = "tm-producer";
  public static final String SCHEMA_VERSION = "tm-schema-version";
  public static final String TRACEPARENT = "traceparent";

  /** Set on dead letters: why the record failed and where it came from. */
  public static final String DLT_REASON = "tm-dlt-reason";

  public static final String DLT_ORIGIN = "tm-dlt-origin";

  /** The consumer group that failed it (the error handler's own header says it otherwise). */
  public static final String DLT_GROUP = "tm-dlt-group";

  private EventHeaders() {}
}
