package com.tutormax.churn.models.service;

import com.tutormax.churn.models.config.ModelProperties;
import com.tutormax.churn.models.domain.ServedModel;
import com.tutormax.churn.models.persistence.ModelStore;
import com.tutormax.churn.models.persistence.ModelStore.ModelRow;
import com.tutormax.churn.scoring.persistence.TutorStore;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.models.ModelArtifact;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the served models in step with the promoted ones: a model another instance already loaded
 * is read from the database; a window without a loaded model in the database is not served; a newly
 * promoted one is fetched from training-service, checked, stored and served, and every tutor is
 * re-scored with it. If the fetch or the load fails, the last good model keeps serving and the
 * fetch is tried again later.
 */
@Component
class ModelLoader {

  private static final Logger log = LoggerFactory.getLogger(ModelLoader.class);

  private final ModelStore store;
  private final ModelRegistry registry;
  private final ModelFetcher fetcher;
  private final TutorStore tutors;
  private final ModelProperties properties;
  private final Clock clock;

  ModelLoader(
      ModelStore store,
      ModelRegistry registry,
      ModelFetcher fetcher,
      TutorStore tutors,
      ModelProperties properties,
      Clock clock) {
    this.store = store;
    this.registry = registry;
    this.fetcher = fetcher;
    this.tutors = tutors;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${tutormax.churn.models.check-every:2s}",
      initialDelayString = "0s")
  void refresh() {
    try {
      refreshOnce().block(Duration.ofMinutes(2));
    } catch (RuntimeException e) {
      log.warn("Refreshing models failed; the next run retries: {}", e.toString());
    }
  }

  Mono<Void> refreshOnce() {
    return store
        .all()
        .collectList()
        .flatMapMany(
            rows -> {
              registry.retainOnly(
                  rows.stream()
                      .filter(r -> r.loadedVersion() != null)
                      .map(ModelRow::windowDays)
                      .collect(java.util.stream.Collectors.toSet()));
              return reactor.core.publisher.Flux.fromIterable(rows);
            })
        .concatMap(this::refresh)
        .then();
  }

  private Mono<Void> refresh(ModelRow row) {
    if (row.loadedVersion() != null
        && !row.loadedVersion().equals(registry.version(row.windowDays()))) {
      try {
        registry.serve(ServedModel.load(artifact(row.artifact())));
      } catch (RuntimeException e) {
        log.warn("The stored {}-day model does not load: {}", row.windowDays(), e.toString());
      }
    }
    Instant now = clock.instant();
    if (!row.pending() || (row.nextAttemptAt() != null && row.nextAttemptAt().isAfter(now))) {
      return Mono.empty();
    }
    return fetcher
        .fetch(row.artifactUrl())
        .map(json -> new Fetched(json, artifact(json)))
        .flatMap(
            fetched -> {
              check(row, fetched.artifact());
              ServedModel model = ServedModel.load(fetched.artifact());
              return store
                  .loaded(row.windowDays(), row.modelId(), row.version(), fetched.json(), now)
                  .then(Mono.fromRunnable(() -> registry.serve(model)))
                  .then(tutors.markAll(now))
                  .doOnSuccess(
                      n ->
                          log.info(
                              "Serving the {}-day model {} ({}); re-scoring {} tutors",
                              row.windowDays(),
                              row.version(),
                              row.modelId(),
                              n))
                  .then();
            })
        .onErrorResume(
            e -> {
              log.warn(
                  "Could not load the {}-day model {} from {}: {}; {} keeps serving",
                  row.windowDays(),
                  row.version(),
                  row.artifactUrl(),
                  e.toString(),
                  registry.version(row.windowDays()) == null
                      ? "the rule score"
                      : "version " + registry.version(row.windowDays()));
              return store.failed(
                  row.windowDays(),
                  row.version(),
                  e.toString(),
                  now.plus(properties.refetchAfter()));
            });
  }

  private static void check(ModelRow row, ModelArtifact artifact) {
    if (artifact.windowDays() != row.windowDays() || !artifact.version().equals(row.version())) {
      throw new IllegalArgumentException(
          "the artifact is the "
              + artifact.windowDays()
              + "-day model "
              + artifact.version()
              + ", not the one promoted");
    }
  }

  private static ModelArtifact artifact(String json) {
    return EventJson.mapper().readValue(json.getBytes(StandardCharsets.UTF_8), ModelArtifact.class);
  }

  private record Fetched(String json, ModelArtifact artifact) {}
}
