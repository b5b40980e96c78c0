package com.tutormax.common.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer: the {@code tm-event-type} header names the record class. Anything it
 * cannot decode throws, and the {@code ErrorHandlingDeserializer} around it turns that into a dead
 * letter instead of a stuck partition.
 */
public class EventDeserializer implements Deserializer<TutorMaxEvent> {

  @Override
  public TutorMaxEvent deserialize(String topic, byte[] data) {
    throw new IllegalStateException("TutorMax events need their headers to be decoded");
  }

  @Override
  public TutorMaxEvent deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    Header type = headers.lastHeader(EventHeaders.EVENT_TYPE);
    if (type == null) {
      throw new IllegalArgumentException(
          "Record on " + topic + " has no " + EventHeaders.EVENT_TYPE + " header");
    }
    return EventJson.read(data, new String(type.value(), StandardCharsets.UTF_8));
  }
}
