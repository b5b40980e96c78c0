package com.tutormax.common.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one record instead of stopping at the first. */
final class FieldChecks {

  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  static final Duration CLOCK_SKEW = Duration.ofHours(1);

  private final Instant now;
  private final List<FieldError> errors = new ArrayList<>();

  FieldChecks(Instant now) {
    this.now = now;
  }

  List<FieldError> errors() {
    return List.copyOf(errors);
  }

  void fail(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  void check(boolean ok, String field, String message) {
    if (!ok) {
      fail(field, message);
    }
  }

  boolean required(Object value, String field) {
    if (value == null) {
      fail(field, "is required");
      return false;
    }
    return true;
  }

  void id(String value, String field) {
    text(value, field, 64);
    if (value != null && !value.isBlank() && !value.matches("[A-Za-z0-9._:-]+")) {
      fail(field, "may contain only letters, digits and . _ : -");
    }
  }

  void text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      fail(field, "is required");
    } else if (value.length() > maxLength) {
      fail(field, "must be at most " + maxLength + " characters");
    }
  }

  void optionalText(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      fail(field, "must be at most " + maxLength + " characters");
    }
  }

  void range(int value, int min, int max, String field) {
    check(value >= min && value <= max, field, "must be between " + min + " and " + max);
  }

  void range(double value, double min, double max, String field) {
    check(
        !Double.isNaN(value) && value >= min && value <= max,
        field,
        "must be between " + min + " and " + max);
  }

  /** A timestamp after 2000 and not in the future (beyond an hour of clock skew). */
  void timestamp(Instant value, String field) {
    if (!required(value, field)) {
      return;
    }
    check(!value.isBefore(EARLIEST), field, "must not be before " + EARLIEST);
    check(!value.isAfter(now.plus(CLOCK_SKEW)), field, "must not be in the future");
  }
}
