package com.tutormax.churn.interventions.service;

import com.tutormax.churn.interventions.domain.InterventionRules;
import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.churn.interventions.domain.Streaks;
import com.tutormax.churn.interventions.domain.TutorSituation;
import com.tutormax.churn.interventions.persistence.InterventionStore;
import com.tutormax.churn.models.service.ModelRegistry;
import com.tutormax.churn.scoring.config.ChurnProperties;
import com.tutormax.churn.scoring.domain.ChurnPrediction;
import com.tutormax.churn.scoring.persistence.OverrideStore;
import com.tutormax.churn.scoring.persistence.TutorStore.TutorRow;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeature;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.common.rules.PatternFlag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the intervention rules on a tutor just scored, inside the scorer's transaction: what the
 * rules recommend is logged (cooldowns, open tasks) and published as {@code
 * InterventionRecommended} through the outbox. Only predictions near the present are acted on: a
 * backfill's predictions of past days are history, not a reason to email a tutor today.
 */
@Service
public class InterventionEngine {

  /** Sessions or logins down by more than this against their usual pace is reduced activity. */
  static final double REDUCED_ACTIVITY = -0.3;

  /** The longest streak the engine measures (the rules need at most 14 days). */
  static final int MAX_STREAK_DAYS = 30;

  private static final String PATTERN = PatternFlag.HIGH_RESCHEDULE.key();

  private final InterventionStore store;
  private final OverrideStore overrides;
  private final OutboxWriter outbox;
  private final ModelRegistry models;
  private final Duration actWithin;

  public InterventionEngine(
      InterventionStore store,
      OverrideStore overrides,
      OutboxWriter outbox,
      ModelRegistry models,
      ChurnProperties properties) {
    this.store = store;
    this.overrides = overrides;
    this.outbox = outbox;
    this.models = models;
    this.actWithin = properties.interventionsWithin();
  }

  /**
   * Recommends for {@code tutor} after {@code prediction} was stored (made from {@code closedDays}
   * and, if provisional, the tutor's open day); what it recommended.
   */
  public Mono<List<Recommendation>> afterScoring(
      TutorRow tutor, ChurnPrediction prediction, List<TutorDayClosed> closedDays, Instant now) {
    if (tutor.churnedAt() != null || prediction.asOf().isBefore(now.minus(actWithin))) {
      return Mono.just(List.of());
    }
    String tutorId = tutor.tutorId();
    return Mono.zip(
            overrides
                .active(List.of(tutorId), now)
                .next()
                .map(OverrideStore.Override::riskLevel)
                .defaultIfEmpty(prediction.riskLevel()),
            store.log(tutorId))
        .flatMap(
            t -> {
              TutorSituation situation = situation(tutor, prediction, closedDays, t.getT1(), now);
              List<Recommendation> chosen = InterventionRules.recommend(situation, t.getT2());
              return Flux.fromIterable(chosen)
                  .concatMap(r -> recommend(tutorId, r, UUID.randomUUID(), now))
                  .then(Mono.just(chosen));
            });
  }

  /**
   * The tutor's recent as-of days, newest first: {@code prediction}'s, then the daily prediction of
   * each earlier day, recomputed from the closed days with the served models (so a streak never
   * depends on when scoring happened to run), for as long as a streak the rules read may still go
   * on (at most {@value #MAX_STREAK_DAYS} days).
   */
  List<Streaks.Day> recentDays(
      TutorRow tutor, ChurnPrediction prediction, List<TutorDayClosed> closedDays) {
    List<Streaks.Day> days = new ArrayList<>();
    days.add(day(prediction));
    LocalDate first =
        closedDays.stream().map(TutorDayClosed::day).min(LocalDate::compareTo).orElse(null);
    for (int back = 1; back < MAX_STREAK_DAYS && first != null; back++) {
      Streaks.Day newest = days.get(days.size() - 1);
      if (!(newest.score() > 50 || newest.flags().contains(PATTERN))) {
        break;
      }
      LocalDate asOf = prediction.asOfDay().minusDays(back);
      if (!asOf.isAfter(first)) {
        break;
      }
      days.add(day(models.applyHeadline(ChurnPrediction.daily(tutor.profile(), closedDays, asOf))));
    }
    return days;
  }

  private static Streaks.Day day(ChurnPrediction p) {
    return new Streaks.Day(p.asOfDay(), p.headlineScore(), p.rule().flagNames());
  }

  /** Logs {@code r} for the tutor and publishes it ({@code InterventionRecommended}, outbox). */
  public Mono<Void> recommend(String tutorId, Recommendation r, UUID id, Instant now) {
    return store
        .record(tutorId, id, r, now)
        .then(
            outbox.append(
                new InterventionRecommended(
                    id.toString(),
                    tutorId,
                    r.type().name(),
                    r.automated(),
                    r.level(),
                    r.reason(),
                    now,
                    r.priority().name(),
                    r.dueAt())))
        .then();
  }

  TutorSituation situation(
      TutorRow tutor,
      ChurnPrediction prediction,
      List<TutorDayClosed> closedDays,
      RiskLevel level,
      Instant now) {
    List<Streaks.Day> recent = recentDays(tutor, prediction, closedDays);
    TutorDayClosed latest =
        prediction.provisional()
            ? tutor.openDay()
            : closedDays.stream().max(Comparator.comparing(TutorDayClosed::day)).orElseThrow();
    double sessionsTrend = prediction.features().get(ChurnFeature.SESSIONS_TREND);
    double loginsTrend = prediction.features().get(ChurnFeature.LOGINS_TREND);
    return new TutorSituation(
        tutor.tutorId(),
        now,
        level,
        prediction.headlineScore(),
        Streaks.of(recent, d -> d.score() > 50),
        Streaks.of(recent, d -> d.score() > 75),
        sessionsTrend < REDUCED_ACTIVITY || loginsTrend < REDUCED_ACTIVITY,
        new HashSet<>(tutor.performanceFlags()),
        tutor.tier(),
        tutor.tierSince() == null ? 0 : (int) Duration.between(tutor.tierSince(), now).toDays(),
        (int) prediction.features().get(ChurnFeature.TENURE_DAYS),
        Streaks.of(recent, d -> d.flags().contains(PATTERN)),
        latest.firstSessions());
  }
}
