package com.tutormax.common.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of events: ISO-8601 instants, unknown fields ignored (a newer producer may
 * add fields within a schema version), nulls written so each type's shape stays fixed.
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private EventJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static byte[] write(TutorMaxEvent event) {
    return MAPPER.writeValueAsBytes(event);
  }

  public static <T extends TutorMaxEvent> T read(byte[] json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  public static TutorMaxEvent read(byte[] json, String typeName) {
    EventType<?> type =
        EventCatalog.byName(typeName)
            .orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + typeName));
    return read(json, type.recordClass());
  }
}
