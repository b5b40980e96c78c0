package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.validation.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a request on its way through the checks: the event it becomes (null when the item
 * was not even a JSON object), its natural id (null while missing) and every error found so far.
 */
public record ParsedRecord(TutorMaxEvent event, String id, List<FieldError> errors) {

  /** The field name of an error about the record as a whole. */
  public static final String WHOLE_RECORD = "$";

  public ParsedRecord {
    errors = List.copyOf(errors);
  }

  static ParsedRecord notAnObject() {
    return new ParsedRecord(
        null, null, List.of(new FieldError(WHOLE_RECORD, "must be a JSON object")));
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** Whether the field (or an element of it) already has an error. */
  public boolean hasError(String field) {
    return errors.stream()
        .anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "["));
  }

  /**
   * Adds later checks' errors, except on fields that already have one: a value that could not be
   * read is reported once, not again as out of range or unknown.
   */
  public ParsedRecord withErrors(List<FieldError> more) {
    List<FieldError> all = new ArrayList<>(errors);
    more.stream().filter(e -> !hasError(e.field())).forEach(all::add);
    return new ParsedRecord(event, id, all);
  }
}
