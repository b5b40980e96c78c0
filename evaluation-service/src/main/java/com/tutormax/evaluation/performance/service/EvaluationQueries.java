package com.tutormax.evaluation.performance.service;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.evaluation.performance.domain.EventDay;
import com.tutormax.evaluation.performance.domain.MovingAverages;
import com.tutormax.evaluation.performance.domain.PopulationThresholds;
import com.tutormax.evaluation.performance.persistence.HistoryStore;
import com.tutormax.evaluation.performance.persistence.HistoryStore.Snapshot;
import com.tutormax.evaluation.performance.persistence.RollupStore;
import com.tutormax.evaluation.performance.persistence.TutorDayStore;
import com.tutormax.evaluation.performance.persistence.TutorStore;
import com.tutormax.evaluation.performance.persistence.TutorStore.CurrentEvaluation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the evaluation API reads: current evaluations, history, trends and the population. */
@Service
public class EvaluationQueries {

  private final TutorStore tutors;
  private final HistoryStore history;
  private final TutorDayStore days;
  private final RollupStore rollup;
  private final Evaluator evaluator;
  private final Clock clock;

  public EvaluationQueries(
      TutorStore tutors,
      HistoryStore history,
      TutorDayStore days,
      RollupStore rollup,
      Evaluator evaluator,
      Clock clock) {
    this.tutors = tutors;
    this.history = history;
    this.days = days;
    this.rollup = rollup;
    this.evaluator = evaluator;
    this.clock = clock;
  }

  /** The tiers of active tutors now, with the thresholds they were ranked by. */
  public record TierDistribution(
      Instant asOf,
      LocalDate closedThrough,
      Map<PerformanceTier, Long> tutors,
      long total,
      PopulationThresholds thresholds) {}

  public Mono<CurrentEvaluation> current(String tutorId) {
    return tutors.current(tutorId);
  }

  public Flux<Snapshot> history(String tutorId, LocalDate from, LocalDate to) {
    return history.history(tutorId, from, to);
  }

  /** 7-day moving averages for each of the last {@code days} days up to event-time today. */
  public Mono<List<MovingAverages.Point>> trends(String tutorId, int days) {
    return evaluator
        .eventNow()
        .flatMap(
            now -> {
              LocalDate to = EventDay.utcDay(now.equals(Instant.EPOCH) ? clock.instant() : now);
              LocalDate from = to.minusDays(days - 1L);
              return this.days
                  .tutorDays(tutorId, from.minusDays(MovingAverages.WINDOW_DAYS - 1L), to)
                  .collectList()
                  .map(found -> MovingAverages.daily(found, from, to));
            });
  }

  public Mono<TierDistribution> tiers() {
    return Mono.zip(
            tutors.activeTierCounts(),
            rollup.latestThresholds(),
            evaluator.eventNow(),
            rollup.lastClosedDay().map(Optional::of).defaultIfEmpty(Optional.empty()))
        .map(
            t -> {
              Map<PerformanceTier, Long> counts = new EnumMap<>(PerformanceTier.class);
              for (PerformanceTier tier : PerformanceTier.values()) {
                counts.put(tier, t.getT1().getOrDefault(tier, 0L));
              }
              long total = counts.values().stream().mapToLong(Long::longValue).sum();
              return new TierDistribution(
                  t.getT3(), t.getT4().orElse(null), counts, total, t.getT2());
            });
  }

  public Flux<CurrentEvaluation> flagged(String flag) {
    return tutors.flagged(flag);
  }
}
