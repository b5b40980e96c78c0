package com.tutormax.api.ingest.domain;

import com.tutormax.common.validation.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * What became of one item of a request: accepted (published under its event id) or rejected with
 * its errors. {@code id} is the record's natural id, when it had one.
 */
public record ItemOutcome(int index, String id, UUID eventId, List<FieldError> errors) {

  public ItemOutcome {
    errors = List.copyOf(errors);
  }

  public boolean accepted() {
    return errors.isEmpty();
  }
}
