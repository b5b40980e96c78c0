package com.tutormax.churn.firstsession.web;

import com.tutormax.churn.firstsession.domain.FirstSessionRisk;
import com.tutormax.churn.firstsession.persistence.FirstSessionStore;
import com.tutormax.churn.firstsession.persistence.FirstSessionStore.ServedModel;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** First-session risk (staff only, like every churn route): the served model, each assessment. */
@RestController
@RequestMapping("/api/churn")
class FirstSessionController {

  static final int MAX_LIMIT = 500;

  private final FirstSessionStore store;
  private final Clock clock;

  FirstSessionController(FirstSessionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @GetMapping("/first-sessions")
  @Operation(
      summary =
          "First sessions scheduled from `from` (default: now, i.e. still ahead), the riskiest"
              + " first (those booked before any model was served, unassessed, last)")
  Mono<List<FirstSessionRisk>> scheduled(
      @RequestParam(required = false) Instant from, @RequestParam(defaultValue = "100") int limit) {
    Instant since = from == null ? clock.instant() : from;
    return valid(limit).then(store.scheduledFrom(since, limit).collectList());
  }

  @GetMapping("/tutors/{id}/first-sessions")
  @Operation(
      summary =
          "The tutor's booked first sessions with their risk of a rating below 3, factors and"
              + " whether a preparation reminder went out; latest scheduled first")
  Mono<List<FirstSessionRisk>> firstSessions(
      @PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
    return valid(limit).then(store.ofTutor(id, limit).collectList());
  }

  private static Mono<Void> valid(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Mono.error(
          new InvalidFieldsException(
              "Invalid request",
              List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT))));
    }
    return Mono.empty();
  }

  @GetMapping("/first-session-model")
  @Operation(summary = "The first-session model churn serves (404 until training promoted one)")
  Mono<ServedModel> servedModel() {
    return store
        .served()
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No first-session model has been promoted yet")));
  }
}
