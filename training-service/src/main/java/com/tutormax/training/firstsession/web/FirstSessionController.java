package com.tutormax.training.firstsession.web;

import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import com.tutormax.training.firstsession.persistence.FirstSessionModelStore;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first-session model for model-quality readers (admins and operations managers, as every GET
 * of /api/training/**): its coefficients, test metrics and status.
 */
@RestController
@RequestMapping("/api/training")
class FirstSessionController {

  static final int MAX_LIMIT = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FirstSessionModelStore models;

  FirstSessionController(FirstSessionModelStore models) {
    this.models = models;
  }

  /**
   * A first-session model as shown: {@code model} holds the intercept and each feature's
   * coefficient (on the standardised feature) with the mean and std it was standardised with.
   */
  record FirstSessionModelView(
      String modelId,
      String version,
      UUID runId,
      Instant createdAt,
      String status,
      LocalDate dataFrom,
      LocalDate dataThrough,
      Double testAuc,
      Double servingTestAuc,
      String reason,
      JsonNode model,
      JsonNode metrics,
      JsonNode params,
      Instant promotedAt,
      String promotedBy,
      Instant retiredAt) {

    static FirstSessionModelView of(FirstSessionModelStore.Stored s) {
      return new FirstSessionModelView(
          s.modelId(),
          s.version(),
          s.runId(),
          s.createdAt(),
          s.status(),
          s.dataFrom(),
          s.dataThrough(),
          s.testAuc(),
          s.servingTestAuc(),
          s.reason(),
          JSON.readTree(s.model()),
          JSON.readTree(s.metrics()),
          JSON.readTree(s.params()),
          s.promotedAt(),
          s.promotedBy(),
          s.retiredAt());
    }
  }

  @GetMapping("/first-session-model")
  @Operation(summary = "The promoted first-session model: coefficients, test metrics (404 if none)")
  Mono<FirstSessionModelView> promoted() {
    return models
        .promoted()
        .map(FirstSessionModelView::of)
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No first-session model is promoted")));
  }

  @GetMapping("/first-session-models")
  @Operation(summary = "Trained first-session models, newest first")
  Mono<List<FirstSessionModelView>> models(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Mono.error(
          new InvalidFieldsException(
              "Invalid request",
              List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT))));
    }
    return models.models(limit).map(FirstSessionModelView::of).collectList();
  }
}
