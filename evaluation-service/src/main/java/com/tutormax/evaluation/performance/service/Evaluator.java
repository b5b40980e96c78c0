package com.tutormax.evaluation.performance.service;

import com.tutormax.common.domain.Window;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.evaluation.performance.config.EvaluationProperties;
import com.tutormax.evaluation.performance.domain.DayAggregate;
import com.tutormax.evaluation.performance.domain.EventDay;
import com.tutormax.evaluation.performance.domain.PerformanceEvaluator;
import com.tutormax.evaluation.performance.domain.PopulationThresholds;
import com.tutormax.evaluation.performance.domain.TutorEvaluation;
import com.tutormax.evaluation.performance.persistence.RatingStore;
import com.tutormax.evaluation.performance.persistence.RollupStore;
import com.tutormax.evaluation.performance.persistence.TutorDayStore;
import com.tutormax.evaluation.performance.persistence.TutorStore;
import com.tutormax.evaluation.performance.persistence.TutorStore.TutorRow;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Re-evaluates tutors whose data changed: metrics as of event-time "now" (the latest event time
 * seen), tier against the latest population thresholds, published as PerformanceEvaluated through
 * the outbox with the stored evaluation. Records the insight latency: from the change's processing
 * time, and from its event time (meaningful in live mode).
 */
@Service
public class Evaluator {

  private final TutorStore tutors;
  private final TutorDayStore days;
  private final RatingStore ratings;
  private final RollupStore rollup;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final EvaluationProperties properties;
  private final Timer sinceIngested;
  private final Timer sinceEventTime;

  public Evaluator(
      TutorStore tutors,
      TutorDayStore days,
      RatingStore ratings,
      RollupStore rollup,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      Clock clock,
      EvaluationProperties properties,
      MeterRegistry meters) {
    this.tutors = tutors;
    this.days = days;
    this.ratings = ratings;
    this.rollup = rollup;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
    this.sinceIngested = latency(meters, "ingested");
    this.sinceEventTime = latency(meters, "event");
  }

  private static Timer latency(MeterRegistry meters, String since) {
    return Timer.builder("tutormax.evaluation.insight.latency")
        .description("From a change (its ingestion or its event time) to its PerformanceEvaluated")
        .tag("since", since)
        .publishPercentiles(0.5, 0.95, 0.99)
        .publishPercentileHistogram()
        .register(meters);
  }

  /** Evaluates up to one batch of changed tutors; emits how many. */
  public Mono<Integer> evaluateChanged() {
    Instant now = clock.instant();
    Instant notBefore = now.minus(properties.minInterval());
    return Mono.zip(rollup.latestThresholds(), eventNow())
        .flatMap(
            context ->
                tutors
                    .lockChanged(
                        properties.evaluateBatch(), notBefore, now.minus(properties.liveWithin()))
                    .flatMapMany(Flux::fromIterable)
                    .concatMap(tutor -> evaluate(tutor, context.getT1(), context.getT2(), now))
                    .count()
                    .map(Long::intValue))
        .as(transactions::transactional);
  }

  /** Event-time now: the latest event time any input has reached (empty before any input). */
  Mono<Instant> eventNow() {
    return rollup
        .clocks()
        .map(clocks -> clocks.values().stream().max(Instant::compareTo).orElse(Instant.EPOCH));
  }

  private Mono<Void> evaluate(
      TutorRow tutor, PopulationThresholds thresholds, Instant eventNow, Instant now) {
    Instant asOf = eventNow.equals(Instant.EPOCH) ? tutor.changedEventTime() : eventNow;
    LocalDate day = EventDay.utcDay(asOf);
    LocalDate from = day.minusDays(Window.DAYS_90.days() - 1L);
    return Mono.zip(
            days.tutorDays(tutor.tutorId(), from, day).collectList(),
            ratings.tutorRatings(tutor.tutorId(), EventDay.startOf(from)).collectList())
        .flatMap(
            history -> {
              TutorEvaluation evaluation =
                  PerformanceEvaluator.evaluate(day, history.getT1(), history.getT2(), thresholds);
              // Nothing to publish until a metric has its minimum sample (no score yet).
              Optional<PerformanceEvaluated> event =
                  evaluation.toEvent(
                      tutor.tutorId(),
                      asOf,
                      tutor.tier(),
                      openDay(tutor, day, history.getT1(), asOf));
              Mono<Void> publish =
                  event
                      .map(e -> outbox.append(e).then(Mono.fromRunnable(() -> record(tutor, now))))
                      .orElse(Mono.empty())
                      .then();
              return publish.then(
                  tutors.evaluated(
                      tutor.tutorId(),
                      evaluation.tier(),
                      evaluation.score().isPresent() ? evaluation.score().getAsDouble() : null,
                      evaluation.flagCodes(),
                      evaluation.metricsByWindow(),
                      now,
                      asOf));
            });
  }

  /** The tutor's day of {@code asOf} so far, as its TutorDayClosed will read (quiet: zeros). */
  private static TutorDayClosed openDay(
      TutorRow tutor, LocalDate day, List<DayAggregate> days, Instant asOf) {
    return days.stream()
        .filter(d -> d.day().equals(day))
        .findFirst()
        .orElseGet(() -> DayAggregate.empty(tutor.tutorId(), day))
        .toClosedEvent(asOf);
  }

  private void record(TutorRow tutor, Instant now) {
    if (tutor.changedAt() != null) {
      sinceIngested.record(Duration.between(tutor.changedAt(), now));
    }
    if (tutor.changedEventTime() != null && !tutor.changedEventTime().isAfter(now)) {
      sinceEventTime.record(Duration.between(tutor.changedEventTime(), now));
    }
  }
}
