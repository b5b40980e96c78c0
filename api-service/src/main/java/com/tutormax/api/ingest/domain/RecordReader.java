package com.tutormax.api.ingest.domain;

import com.tutormax.common.validation.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads one record's JSON object field by field and leniently: a wrong JSON type, an unknown enum
 * value, a malformed timestamp, a missing required number or flag and an unknown field each become
 * a field error, and reading goes on, so the caller learns about every bad field at once. A value
 * that could not be read comes back as null (or the default). Lengths, ranges and plausibility are
 * not checked here: EventValidator does that, on the event the record becomes.
 */
public final class RecordReader {

  static final String TIMESTAMP_FORMAT =
      "must be an ISO-8601 timestamp with a UTC offset, e.g. 2026-11-02T09:30:00Z";

  static final int MAX_UNKNOWN_FIELDS_REPORTED = 10;

  private final JsonNode object;
  private final Set<String> known = new HashSet<>();
  private final List<FieldError> errors = new ArrayList<>();

  public RecordReader(JsonNode object) {
    if (object == null || !object.isObject()) {
      throw new IllegalArgumentException("A record is a JSON object");
    }
    this.object = object;
  }

  /** A string, or null when absent. */
  public String text(String field) {
    JsonNode node = value(field);
    if (node == null) {
      return null;
    }
    if (!node.isString()) {
      fail(field, "must be a string");
      return null;
    }
    return node.stringValue();
  }

  /** A whole number that must be present. */
  public Integer requiredInteger(String field) {
    JsonNode node = value(field);
    if (node == null) {
      fail(field, "is required");
      return null;
    }
    return wholeNumber(field, node);
  }

  /** A whole number, or null when absent. */
  public Integer optionalInteger(String field) {
    JsonNode node = value(field);
    return node == null ? null : wholeNumber(field, node);
  }

  /** A whole number, or the default when absent. */
  public int integer(String field, int whenAbsent) {
    JsonNode node = value(field);
    if (node == null) {
      return whenAbsent;
    }
    Integer value = wholeNumber(field, node);
    return value == null ? whenAbsent : value;
  }

  private Integer wholeNumber(String field, JsonNode node) {
    if (!node.isNumber()) {
      fail(field, "must be a whole number");
      return null;
    }
    double value = node.doubleValue();
    if (value != Math.rint(value) || Double.isInfinite(value)) {
      fail(field, "must be a whole number");
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      fail(field, "is out of range");
      return null;
    }
    return (int) value;
  }

  /** A number that must be present. */
  public Double requiredNumber(String field) {
    JsonNode node = value(field);
    if (node == null) {
      fail(field, "is required");
      return null;
    }
    return number(field, node);
  }

  /** A number, or null when absent. */
  public Double number(String field) {
    JsonNode node = value(field);
    return node == null ? null : number(field, node);
  }

  private Double number(String field, JsonNode node) {
    // 1e400 parses as infinity: not a value any field can hold.
    if (!node.isNumber() || Double.isInfinite(node.doubleValue())) {
      fail(field, "must be a finite number");
      return null;
    }
    return node.doubleValue();
  }

  /** true or false, which must be present. */
  public Boolean requiredFlag(String field) {
    JsonNode node = value(field);
    if (node == null) {
      fail(field, "is required");
      return null;
    }
    return flag(field, node);
  }

  /** true or false, or the default when absent. */
  public boolean flag(String field, boolean whenAbsent) {
    JsonNode node = value(field);
    if (node == null) {
      return whenAbsent;
    }
    Boolean value = flag(field, node);
    return value == null ? whenAbsent : value;
  }

  private Boolean flag(String field, JsonNode node) {
    if (!node.isBoolean()) {
      fail(field, "must be true or false");
      return null;
    }
    return node.booleanValue();
  }

  /** An ISO-8601 timestamp with an offset, or null when absent. */
  public Instant timestamp(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      fail(field, TIMESTAMP_FORMAT);
      return null;
    }
  }

  /**
   * One of an enum's values, written in any case ({@code one_on_one}, {@code ONE_ON_ONE}), or null
   * when absent.
   */
  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    for (E option : type.getEnumConstants()) {
      if (option.name().equalsIgnoreCase(text.trim())) {
        return option;
      }
    }
    fail(
        field,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    return null;
  }

  /**
   * A list of strings, or null when absent. An element that is not a string stays in the list as
   * null, so the rules' errors about later elements keep their index.
   */
  public List<String> texts(String field) {
    JsonNode node = value(field);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      fail(field, "must be an array of strings");
      return null;
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isString()) {
        values.add(item.stringValue());
      } else {
        fail(field + "[" + i + "]", "must be a string");
        values.add(null);
      }
    }
    return values;
  }

  /**
   * Every error found, plus one for each field the record's format does not have (a misspelt
   * optional field would otherwise be dropped silently). A hostile record with thousands of unknown
   * fields gets a bounded answer.
   */
  public List<FieldError> finish() {
    object.propertyNames().stream()
        .filter(name -> !known.contains(name))
        .limit(MAX_UNKNOWN_FIELDS_REPORTED)
        .forEach(name -> fail(shorten(name), "is not a field of this record"));
    return List.copyOf(errors);
  }

  private static String shorten(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64) + "…";
  }

  /** The field's JSON value; null when absent or JSON null. */
  private JsonNode value(String field) {
    known.add(field);
    JsonNode node = object.get(field);
    return node == null || node.isNull() ? null : node;
  }

  private void fail(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
