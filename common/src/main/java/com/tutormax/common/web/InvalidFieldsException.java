package com.tutormax.common.web;

import com.tutormax.common.validation.FieldError;
import java.util.List;

/**
 * A request body with invalid fields, reported all at once as 422 problem+json with an {@code
 * errors} list (the same shape as the ingestion API's).
 */
public class InvalidFieldsException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidFieldsException(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
