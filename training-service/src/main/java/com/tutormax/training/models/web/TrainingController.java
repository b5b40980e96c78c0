package com.tutormax.training.models.web;

import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import com.tutormax.training.models.persistence.RegistryStore;
import com.tutormax.training.models.persistence.RegistryStore.Run;
import com.tutormax.training.models.service.TrainingRunner;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Training runs and the model registry (see TrainingAccessRules for who may call what). */
@RestController
@RequestMapping("/api/training")
class TrainingController {

  static final int MAX_LIMIT = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TrainingRunner runner;
  private final RegistryStore registry;

  TrainingController(TrainingRunner runner, RegistryStore registry) {
    this.runner = runner;
    this.registry = registry;
  }

  /**
   * A model as shown: its test metrics, the rule score's on the same test rows, importance and
   * parameters as JSON; never the artifact.
   */
  record ModelView(
      String modelId,
      int windowDays,
      String version,
      UUID runId,
      Instant createdAt,
      String status,
      Double testAuc,
      Double championTestAuc,
      Double championTestBrier,
      LocalDate dataFrom,
      LocalDate dataThrough,
      JsonNode metrics,
      JsonNode ruleScoreBaseline,
      JsonNode importance,
      JsonNode params,
      Instant promotedAt,
      String promotedBy,
      Instant retiredAt) {

    static ModelView of(RegistryStore.Model m) {
      return new ModelView(
          m.modelId(),
          m.windowDays(),
          m.version(),
          m.runId(),
          m.createdAt(),
          m.status(),
          m.testAuc(),
          m.championTestAuc(),
          m.championTestBrier(),
          m.dataFrom(),
          m.dataThrough(),
          JSON.readTree(m.metrics()),
          m.baseline() == null ? null : JSON.readTree(m.baseline()),
          JSON.readTree(m.importance()),
          JSON.readTree(m.params()),
          m.promotedAt(),
          m.promotedBy(),
          m.retiredAt());
    }
  }

  @PostMapping("/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Start a training run (one at a time; 409 while one runs)")
  Mono<Run> start(@AuthenticationPrincipal Jwt jwt) {
    return runner
        .start(caller(jwt))
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(HttpStatus.CONFLICT, "A training run is in progress")));
  }

  @GetMapping("/runs")
  @Operation(summary = "Training runs, newest first, with each window's outcome")
  Mono<List<Run>> runs(@RequestParam(defaultValue = "50") int limit) {
    return checkLimit(limit).then(registry.runs(limit).collectList());
  }

  @GetMapping("/runs/{id}")
  @Operation(summary = "One training run")
  Mono<Run> run(@PathVariable UUID id) {
    return registry.run(id).switchIfEmpty(notFound("run " + id));
  }

  @GetMapping("/models")
  @Operation(summary = "Trained models, newest first: test metrics, importance, status")
  Mono<List<ModelView>> models(@RequestParam(defaultValue = "100") int limit) {
    return checkLimit(limit).then(registry.models(limit).map(ModelView::of).collectList());
  }

  @GetMapping("/models/{id}")
  @Operation(summary = "One model with its test metrics and feature importance")
  Mono<ModelView> model(@PathVariable String id) {
    return registry.model(id).map(ModelView::of).switchIfEmpty(notFound("model " + id));
  }

  @GetMapping(value = "/models/{id}/test-predictions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "The model's calibrated probability and label for every row of its held-out test split")
  Mono<String> testPredictions(@PathVariable String id) {
    return registry.testPredictions(id).switchIfEmpty(notFound("model " + id));
  }

  @GetMapping("/quality")
  @Operation(
      summary =
          "Each window's champion: its test metrics and the rule score's, against the targets")
  Mono<QualityView> quality() {
    return registry.champions().collectList().map(QualityView::of);
  }

  @PostMapping("/models/{id}/promote")
  @Operation(
      summary = "Make this model the one served for its window (promote a candidate, or roll back)")
  Mono<ModelView> promote(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
    return runner
        .promote(id, caller(jwt))
        .map(ModelView::of)
        .switchIfEmpty(notFound("model " + id));
  }

  @GetMapping(value = "/models/{id}/artifact", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The model's artifact (booster and calibration), as churn serves it")
  Mono<String> artifact(@PathVariable String id) {
    return registry.artifact(id).switchIfEmpty(notFound("model " + id));
  }

  /** The caller as recorded on runs and promotions: their email, else the token's subject. */
  private static String caller(Jwt jwt) {
    String email = jwt.getClaimAsString("email");
    return email == null || email.isBlank() ? jwt.getSubject() : email;
  }

  private static Mono<Void> checkLimit(int limit) {
    return limit < 1 || limit > MAX_LIMIT
        ? Mono.error(
            new InvalidFieldsException(
                "Invalid request",
                List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT))))
        : Mono.empty();
  }

  private static <T> Mono<T> notFound(String what) {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what));
  }
}
