package com.tutormax.common.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for contract events. Sets the type and schema-version headers when the
 * caller did not, so any producer of an event writes a record a consumer can decode.
 */
public class EventSerializer implements Serializer<Object> {

  @Override
  public byte[] serialize(String topic, Object data) {
    return serialize(topic, null, data);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Object data) {
    if (data == null) {
      return null;
    }
    if (data instanceof byte[] raw) {
      // Dead letters re-publish the original bytes of records that could not be decoded.
      return raw;
    }
    if (!(data instanceof TutorMaxEvent event)) {
      throw new IllegalArgumentException("Not a TutorMax event: " + data.getClass().getName());
    }
    if (headers != null && headers.lastHeader(EventHeaders.EVENT_TYPE) == null) {
      EventType<?> type = EventCatalog.of(event);
      headers.add(EventHeaders.EVENT_TYPE, type.name().getBytes(StandardCharsets.UTF_8));
      headers.add(
          EventHeaders.SCHEMA_VERSION,
          Integer.toString(type.schemaVersion()).getBytes(StandardCharsets.UTF_8));
    }
    return EventJson.write(event);
  }
}
