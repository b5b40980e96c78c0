package com.tutormax.churn.interventions.web;

import com.tutormax.churn.interventions.persistence.InterventionStore;
import com.tutormax.churn.interventions.persistence.InterventionStore.Stored;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The interventions the rules recommended for a tutor (staff only, like every churn route). */
@RestController
@RequestMapping("/api/churn")
class RecommendationController {

  static final int MAX_LIMIT = 500;

  private final InterventionStore store;

  RecommendationController(InterventionStore store) {
    this.store = store;
  }

  @GetMapping("/tutors/{id}/recommendations")
  @Operation(summary = "Interventions recommended for the tutor, newest first")
  Mono<List<Stored>> recommendations(
      @PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Mono.error(
          new InvalidFieldsException(
              "Invalid request",
              List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT))));
    }
    return store.recommendations(id, limit).collectList();
  }
}
