package com.tutormax.api.ingest.web;

import com.tutormax.api.ingest.domain.ItemOutcome;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The ingestion API's answers, in its snake_case style. */
final class IngestResponses {

  static final String ACCEPTED = "accepted";
  static final String REJECTED = "rejected";

  private IngestResponses() {}

  /** A single record that was accepted (202). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record AcceptedRecord(String id, String status, UUID eventId) {}

  /** One item of a batch. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ItemResult(int index, String id, String status, UUID eventId, List<FieldError> errors) {

    static ItemResult of(ItemOutcome outcome) {
      return new ItemResult(
          outcome.index(),
          outcome.id(),
          outcome.accepted() ? ACCEPTED : REJECTED,
          outcome.eventId(),
          outcome.errors());
    }
  }

  /** A batch: how many were accepted and rejected, and each item's result in request order. */
  record BatchResult(long accepted, long rejected, List<ItemResult> results) {

    static BatchResult of(List<ItemOutcome> outcomes) {
      long accepted = outcomes.stream().filter(ItemOutcome::accepted).count();
      return new BatchResult(
          accepted, outcomes.size() - accepted, outcomes.stream().map(ItemResult::of).toList());
    }
  }

  /**
   * 202 for an accepted single record; otherwise 422 problem+json with every field error (through
   * the fleet's ProblemHandler, like every other invalid body).
   */
  static ResponseEntity<Object> single(ItemOutcome outcome) {
    if (!outcome.accepted()) {
      throw new InvalidFieldsException(
          "The record has invalid fields; nothing was stored", outcome.errors());
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new AcceptedRecord(outcome.id(), ACCEPTED, outcome.eventId()));
  }

  static ResponseEntity<Object> batch(List<ItemOutcome> outcomes) {
    return ResponseEntity.ok(BatchResult.of(outcomes));
  }
}
