package com.tutormax.common.validation;

/** One invalid field of a record: its name as in the PRD's JSON format (snake_case) and why. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
