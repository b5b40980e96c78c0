package com.tutormax.api.profiles.persistence;

import com.tutormax.common.events.EventJson;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * JSON in and out of the read models: a batch goes to the database as one JSON array (one statement
 * however large the batch), jsonb columns come back as text and are read with the events' own
 * mapping.
 */
final class JsonRows {

  private JsonRows() {}

  static String write(Object value) {
    return EventJson.mapper().writeValueAsString(value);
  }

  static <T> T read(String json, TypeReference<T> type, T absent) {
    return json == null ? absent : EventJson.mapper().readValue(json, type);
  }

  static final TypeReference<Map<String, Map<String, Double>>> METRICS = new TypeReference<>() {};
  static final TypeReference<Map<String, Double>> NUMBERS = new TypeReference<>() {};
  static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};
  static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
}
