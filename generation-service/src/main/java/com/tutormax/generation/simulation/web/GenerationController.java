package com.tutormax.generation.simulation.web;

import com.tutormax.generation.simulation.domain.TutorTruth;
import com.tutormax.generation.simulation.domain.WorldSettings;
import com.tutormax.generation.simulation.service.GenerationService;
import com.tutormax.generation.simulation.service.GenerationStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Admin-only control of the synthetic world (the rule is in GenerationAccessRules). */
@RestController
@RequestMapping("/api/generation")
class GenerationController {

  private final GenerationService generation;

  GenerationController(GenerationService generation) {
    this.generation = generation;
  }

  record BackfillRequest(@Min(1) @Max(3650) Integer days) {}

  record ReseedRequest(@NotNull Long seed, @Min(1) @Max(3650) Integer days) {}

  @GetMapping("/status")
  Mono<GenerationStatus> status() {
    return blocking(generation::status);
  }

  /** Publishes history up to today; answers at once, progress shows in the status. */
  @PostMapping("/backfill")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<GenerationStatus> backfill(
      @Valid @RequestBody(required = false) Mono<BackfillRequest> body) {
    return body.defaultIfEmpty(new BackfillRequest(null))
        .flatMap(
            request ->
                blocking(
                    () -> {
                      generation.backfill(request.days());
                      return generation.status();
                    }));
  }

  @PostMapping("/live/start")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<GenerationStatus> startLive() {
    return blocking(
        () -> {
          generation.startLive();
          return generation.status();
        });
  }

  @PostMapping("/live/stop")
  Mono<GenerationStatus> stopLive() {
    return blocking(
        () -> {
          generation.stopLive();
          return generation.status();
        });
  }

  @PostMapping("/reseed")
  Mono<WorldSettings> reseed(@Valid @RequestBody Mono<ReseedRequest> body) {
    return body.flatMap(
        request -> blocking(() -> generation.reseed(request.seed(), request.days())));
  }

  /** Each tutor's archetype and planned churn: for measuring predictions, never for features. */
  @GetMapping("/truth")
  Mono<List<TutorTruth>> truth() {
    return blocking(generation::truth);
  }

  private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
