package com.tutormax.churn.scoring.service;

import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.churn.interventions.service.InterventionEngine;
import com.tutormax.churn.models.service.ModelRegistry;
import com.tutormax.churn.scoring.config.ChurnProperties;
import com.tutormax.churn.scoring.domain.ChurnPrediction;
import com.tutormax.churn.scoring.persistence.ClosedDayStore;
import com.tutormax.churn.scoring.persistence.PredictionStore;
import com.tutormax.churn.scoring.persistence.TutorStore;
import com.tutormax.churn.scoring.persistence.TutorStore.TutorRow;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Re-scores changed tutors: locks a batch of them, builds each one's features from their stored
 * days, scores them, stores the prediction with its {@code ChurnPredicted} in the outbox and runs
 * the intervention rules on it — one transaction per batch, so a prediction, its event and its
 * recommendations exist together or not at all.
 */
@Service
public class Scorer {

  private final TutorStore tutors;
  private final ClosedDayStore days;
  private final PredictionStore predictions;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final ChurnProperties properties;
  private final InterventionEngine interventions;
  private final ModelRegistry models;

  public Scorer(
      TutorStore tutors,
      ClosedDayStore days,
      PredictionStore predictions,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      Clock clock,
      ChurnProperties properties,
      InterventionEngine interventions,
      ModelRegistry models) {
    this.tutors = tutors;
    this.days = days;
    this.predictions = predictions;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
    this.interventions = interventions;
    this.models = models;
  }

  /** Scores one batch of changed tutors; how many were scored. */
  public Mono<Integer> scoreChanged() {
    Instant now = clock.instant();
    return tutors
        .lockChanged(
            properties.scoreBatch(),
            now.minus(properties.minInterval()),
            now.minus(properties.liveWithin()))
        .flatMap(
            locked -> {
              List<String> ids = locked.stream().map(TutorRow::tutorId).toList();
              return days.of(ids)
                  .flatMapMany(
                      byTutor -> Flux.fromIterable(locked).concatMap(t -> score(t, byTutor, now)))
                  .then(tutors.scored(ids, now))
                  .thenReturn(ids.size());
            })
        .as(transactions::transactional);
  }

  /** What re-scoring some tutors on request found: how many were scored, what was recommended. */
  public record Rescored(int tutors, List<Recommendation> recommendations) {}

  /**
   * Re-scores these tutors now, changed or not (the scheduler's re-checks: a pattern's streak grows
   * with each closed day even when no new event arrives), one transaction per batch; what the
   * intervention engine recommended for them.
   */
  public Mono<Rescored> rescoreNow(List<String> tutorIds) {
    return Flux.fromIterable(tutorIds)
        .buffer(properties.scoreBatch())
        .concatMap(this::rescoreBatch)
        .reduce(
            new Rescored(0, List.of()),
            (a, b) ->
                new Rescored(
                    a.tutors() + b.tutors(),
                    Stream.concat(a.recommendations().stream(), b.recommendations().stream())
                        .toList()));
  }

  private Mono<Rescored> rescoreBatch(List<String> tutorIds) {
    Instant now = clock.instant();
    return tutors
        .lock(tutorIds)
        .flatMap(
            locked -> {
              List<String> ids = locked.stream().map(TutorRow::tutorId).toList();
              return days.of(ids)
                  .flatMapMany(
                      byTutor -> Flux.fromIterable(locked).concatMap(t -> score(t, byTutor, now)))
                  .flatMapIterable(chosen -> chosen)
                  .collectList()
                  .flatMap(
                      chosen ->
                          tutors.scored(ids, now).thenReturn(new Rescored(ids.size(), chosen)));
            })
        .as(transactions::transactional);
  }

  private Mono<List<Recommendation>> score(
      TutorRow tutor, Map<String, List<TutorDayClosed>> byTutor, Instant now) {
    Optional<ChurnPrediction> prediction =
        ChurnPrediction.of(tutor.profile(), byTutor.get(tutor.tutorId()), tutor.openDay())
            .map(models::apply);
    if (prediction.isEmpty()) {
      return Mono.just(List.of());
    }
    ChurnPredicted event = prediction.get().toEvent();
    return predictions
        .save(prediction.get(), event, now)
        .then(outbox.append(event))
        .then(
            interventions.afterScoring(tutor, prediction.get(), byTutor.get(tutor.tutorId()), now));
  }

  /** Marks every known tutor for re-scoring (the daily batch); how many. */
  public Mono<Long> rescoreAll() {
    return tutors.markAll(clock.instant());
  }
}
