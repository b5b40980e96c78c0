package com.tutormax.evaluation.performance.service;

import com.tutormax.common.domain.Window;
import com.tutormax.common.events.Topics;
import com.tutormax.common.heartbeat.ConsumerLag;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.evaluation.performance.config.EvaluationConfiguration;
import com.tutormax.evaluation.performance.config.EvaluationProperties;
import com.tutormax.evaluation.performance.domain.ChurnDecision;
import com.tutormax.evaluation.performance.domain.ChurnDetector;
import com.tutormax.evaluation.performance.domain.ChurnState;
import com.tutormax.evaluation.performance.domain.DayAggregate;
import com.tutormax.evaluation.performance.domain.EventDay;
import com.tutormax.evaluation.performance.domain.PerformanceEvaluator;
import com.tutormax.evaluation.performance.domain.PopulationThresholds;
import com.tutormax.evaluation.performance.domain.RatedSession;
import com.tutormax.evaluation.performance.domain.TutorEvaluation;
import com.tutormax.evaluation.performance.persistence.HistoryStore;
import com.tutormax.evaluation.performance.persistence.HistoryStore.Snapshot;
import com.tutormax.evaluation.performance.persistence.RatingStore;
import com.tutormax.evaluation.performance.persistence.RollupStore;
import com.tutormax.evaluation.performance.persistence.TutorDayStore;
import com.tutormax.evaluation.performance.persistence.TutorStore;
import com.tutormax.evaluation.performance.persistence.TutorStore.TutorRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Closes UTC days in event time. A day closes when every partition of the session, feedback and
 * activity topics has passed its end by the grace period (or when the daily job says so). Closing
 * publishes one TutorDayClosed per tutor (zero-activity days included), runs churn detection,
 * refreshes the population thresholds from every active tutor's score (the daily rollup) and
 * snapshots each tutor's evaluation — one transaction per day, with the outbox.
 */
@Service
public class DayCloser {

  private static final Logger log = LoggerFactory.getLogger(DayCloser.class);

  /** The dense topics whose event time moves a day to its close. */
  static final List<String> CLOCK_TOPICS =
      List.of(Topics.SESSIONS, Topics.FEEDBACK, Topics.ACTIVITY);

  /** Churned tutors still get their days closed this long (they may come back). */
  static final int DAYS_CLOSED_AFTER_CHURN = 30;

  private final TutorStore tutors;
  private final TutorDayStore days;
  private final RatingStore ratings;
  private final RollupStore rollup;
  private final HistoryStore history;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final EvaluationProperties properties;
  private final ConsumerLag lag;
  private final String intakeGroup;

  public DayCloser(
      TutorStore tutors,
      TutorDayStore days,
      RatingStore ratings,
      RollupStore rollup,
      HistoryStore history,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      Clock clock,
      EvaluationProperties properties,
      ConsumerLag lag,
      @Value(EvaluationConfiguration.INTAKE_GROUP) String intakeGroup) {
    this.tutors = tutors;
    this.days = days;
    this.ratings = ratings;
    this.rollup = rollup;
    this.history = history;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
    this.lag = lag;
    this.intakeGroup = intakeGroup;
  }

  /** Closes the days event time has passed (a few per call); emits the days closed. */
  public Flux<LocalDate> closeDue() {
    return rollup
        .clocks()
        .flatMapMany(
            clocks -> {
              Optional<Instant> newest = inputs(clocks).values().stream().max(Instant::compareTo);
              if (newest.isEmpty()) {
                return Flux.empty();
              }
              // Ask the broker only when the newest event time would let a day close.
              return closeThrough(closable(newest.get()), 1)
                  .hasElements()
                  .flatMapMany(
                      maybe ->
                          maybe
                              ? Mono.fromCallable(() -> lag.byPartition(intakeGroup, CLOCK_TOPICS))
                                  .flatMapMany(lags -> closeBy(watermark(clocks, lags)))
                              : Flux.empty());
            });
  }

  private Flux<LocalDate> closeBy(Optional<Instant> watermark) {
    return watermark
        .map(w -> closeThrough(closable(w), properties.closeDaysPerRun()))
        .orElse(Flux.empty());
  }

  private LocalDate closable(Instant watermark) {
    return EventDay.utcDay(watermark.minus(properties.closeGrace())).minusDays(1);
  }

  private static Map<String, Instant> inputs(Map<String, Instant> clocks) {
    Map<String, Instant> inputs = new HashMap<>();
    clocks.forEach(
        (partition, time) -> {
          if (CLOCK_TOPICS.stream().anyMatch(t -> partition.startsWith(t + "-"))) {
            inputs.put(partition, time);
          }
        });
    return inputs;
  }

  /**
   * How far event time has surely come: the slowest input partition that still has records to read
   * (its backlog may hold earlier days; one not read at all yet holds everything); once every
   * partition is read up, the newest event time. A read-up partition is idle (its tutors went
   * quiet, say) and holds nothing open. {@code lags} are the broker's, from committed offsets.
   */
  static Optional<Instant> watermark(Map<String, Instant> clocks, Map<String, Long> lags) {
    Map<String, Instant> inputs = inputs(clocks);
    Instant slowestBehind = null;
    for (Map.Entry<String, Long> lag : lags.entrySet()) {
      if (lag.getValue() > 0) {
        Instant clock = inputs.get(lag.getKey());
        if (clock == null) {
          return Optional.empty();
        }
        slowestBehind =
            slowestBehind == null || clock.isBefore(slowestBehind) ? clock : slowestBehind;
      }
    }
    return slowestBehind != null
        ? Optional.of(slowestBehind)
        : inputs.values().stream().max(Instant::compareTo);
  }

  /**
   * Closes every open day up to yesterday (UTC), whatever event time says: the daily rollup, on
   * request ({@code POST /api/evaluation/days/close}) or the scheduler's {@code
   * evaluation-daily-rollup}. Emits each day closed with its tutor count.
   */
  public Flux<ClosedDay> closeEndedDays() {
    LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
    return closeDaysThrough(yesterday, Integer.MAX_VALUE);
  }

  /**
   * A day closed: by this call ({@code byThisCall}, then {@code tutors} tutor-days were closed) or
   * by another instance first.
   */
  public record ClosedDay(LocalDate day, boolean byThisCall, int tutors) {}

  /** Closes every open day up to {@code through}, at most {@code limit} of them. */
  public Flux<LocalDate> closeThrough(LocalDate through, int limit) {
    return closeDaysThrough(through, limit).map(ClosedDay::day);
  }

  private Flux<ClosedDay> closeDaysThrough(LocalDate through, int limit) {
    return nextOpenDay()
        .flatMapMany(
            next -> {
              List<LocalDate> due = new ArrayList<>();
              for (LocalDate d = next;
                  !d.isAfter(through) && due.size() < limit;
                  d = d.plusDays(1)) {
                due.add(d);
              }
              return Flux.fromIterable(due).concatMap(this::close);
            });
  }

  /** The day after the last closed one; before any, the first day with data (empty: no data). */
  private Mono<LocalDate> nextOpenDay() {
    return rollup.lastClosedDay().map(day -> day.plusDays(1)).switchIfEmpty(days.firstDay());
  }

  private Mono<ClosedDay> close(LocalDate day) {
    Instant now = clock.instant();
    return tutors
        .joinedBy(day)
        .filter(
            t ->
                t.churn().churnedOn() == null
                    || !t.churn().churnedOn().isBefore(day.minusDays(DAYS_CLOSED_AFTER_CHURN)))
        .collectList()
        .flatMap(
            population ->
                rollup
                    .markClosed(day, population.size(), now)
                    .flatMap(
                        first ->
                            first
                                ? closeFor(day, population, now)
                                    .thenReturn(new ClosedDay(day, true, population.size()))
                                : Mono.just(new ClosedDay(day, false, 0))))
        .as(transactions::transactional)
        .doOnNext(d -> log.debug("Closed {} ({} tutors)", d.day(), d.tutors()));
  }

  private Mono<Void> closeFor(LocalDate day, List<TutorRow> population, Instant now) {
    LocalDate from = day.minusDays(Lookback.DAYS);
    LocalDate ratedFrom = day.minusDays(Window.DAYS_90.days() - 1L);
    return Mono.zip(
            days.allDays(from, day).collect(Collectors.groupingBy(DayAggregate::tutorId)),
            ratings
                .allRatings(EventDay.startOf(ratedFrom), EventDay.startOf(day.plusDays(1)))
                .collect(Collectors.groupingBy(RatedSession::tutorId)))
        .flatMap(
            loaded -> {
              List<Mono<?>> writes = new ArrayList<>();
              List<TutorEvaluation> evaluations = new ArrayList<>();
              List<String> ids = new ArrayList<>();
              List<Double> activeScores = new ArrayList<>();
              for (TutorRow tutor : population) {
                List<DayAggregate> tutorDays =
                    loaded.getT1().getOrDefault(tutor.tutorId(), List.of());
                DayAggregate today =
                    tutorDays.stream()
                        .filter(d -> d.day().equals(day))
                        .findFirst()
                        .orElse(DayAggregate.empty(tutor.tutorId(), day));
                writes.add(
                    outbox.append(
                        today.toClosedEvent(EventDay.lastSecondOf(day)),
                        EventIds.dayClosed(tutor.tutorId(), day)));
                ChurnState state = tutor.churn();
                if (!day.isBefore(state.activeSince())) {
                  ChurnDecision decision = ChurnDetector.onDayClosed(state, tutorDays, day);
                  state = state.after(decision);
                  writes.add(churnWrites(tutor, decision, state, now));
                }
                TutorEvaluation evaluation =
                    PerformanceEvaluator.evaluate(
                        day,
                        tutorDays,
                        loaded.getT2().getOrDefault(tutor.tutorId(), List.of()),
                        PopulationThresholds.DEFAULTS);
                evaluations.add(evaluation);
                ids.add(tutor.tutorId());
                if (!state.churned() && evaluation.score().isPresent()) {
                  activeScores.add(evaluation.score().getAsDouble());
                }
              }
              PopulationThresholds thresholds = PopulationThresholds.from(activeScores);
              List<Snapshot> snapshots = new ArrayList<>();
              for (int i = 0; i < evaluations.size(); i++) {
                TutorEvaluation ranked = evaluations.get(i).rankedBy(thresholds);
                snapshots.add(
                    new Snapshot(
                        ids.get(i),
                        day,
                        ranked.tier(),
                        ranked.score().isPresent() ? ranked.score().getAsDouble() : null,
                        ranked.flagCodes(),
                        ranked.metricsByWindow()));
              }
              return Flux.fromIterable(writes)
                  .concatMap(write -> write)
                  .then(rollup.saveThresholds(day, thresholds, activeScores.size()))
                  .then(history.save(snapshots));
            });
  }

  /**
   * The last held session before the churn: the stored one, unless intake is already past the
   * closed day (a backfill), then the last second of the decision's last session day.
   */
  static Instant lastSessionAt(TutorRow tutor, ChurnDecision decision) {
    Instant held = tutor.lastHeldAt();
    if (held != null && !held.isAfter(EventDay.lastSecondOf(decision.day()))) {
      return held;
    }
    return decision.lastSessionDay() == null
        ? null
        : EventDay.lastSecondOf(decision.lastSessionDay());
  }

  private Mono<Void> churnWrites(
      TutorRow tutor, ChurnDecision decision, ChurnState after, Instant now) {
    if (decision.outcome() == ChurnDecision.Outcome.NONE) {
      return Mono.empty();
    }
    if (decision.churned()) {
      log.info("Tutor {} churned on {}: {}", tutor.tutorId(), decision.day(), decision.reason());
      return tutors
          .churnState(tutor.tutorId(), after, now)
          .then(
              outbox.append(
                  decision.toEvent(tutor.tutorId(), lastSessionAt(tutor, decision)),
                  EventIds.id(tutor.tutorId(), decision)))
          .then();
    }
    log.info("Tutor {} is back on {}", tutor.tutorId(), decision.day());
    return tutors.churnState(tutor.tutorId(), after, now);
  }
}
