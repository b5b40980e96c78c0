package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.TutorMaxEvent;
import java.util.Locale;

/**
 * A record as the ingestion API receives it (the PRD's snake_case fields), before it becomes a
 * contract event. Values that could not be read are null here; their errors are already reported.
 */
public interface IngestRequest {

  /** What makes it the same record when sent again; null while its parts are missing. */
  String naturalId();

  /**
   * The contract event with source INGEST. Unreadable values become placeholders (0, false), whose
   * rule errors the caller ignores because the reading error already names the field.
   */
  TutorMaxEvent toEvent();

  static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  static double orZero(Double value) {
    return value == null ? 0.0 : value;
  }

  static boolean orFalse(Boolean value) {
    return value != null && value;
  }

  /** Subjects are matched case-insensitively against the catalog, which is lower case. */
  static String subject(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }
}
