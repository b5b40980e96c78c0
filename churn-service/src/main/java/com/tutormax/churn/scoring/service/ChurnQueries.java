package com.tutormax.churn.scoring.service;

import com.tutormax.churn.scoring.config.ChurnProperties;
import com.tutormax.churn.scoring.persistence.OverrideStore;
import com.tutormax.churn.scoring.persistence.OverrideStore.Override;
import com.tutormax.churn.scoring.persistence.PredictionStore;
import com.tutormax.churn.scoring.persistence.PredictionStore.Stored;
import com.tutormax.churn.scoring.persistence.TutorStore;
import com.tutormax.churn.scoring.persistence.TutorStore.Churn;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** What the churn API shows: predictions with their overrides, history, at-risk lists. */
@Service
public class ChurnQueries {

  /** The longest reason a manager may give. */
  public static final int MAX_REASON = 1000;

  /** A current prediction with the tutor's active override and churn (either may be null). */
  public record TutorRisk(Stored prediction, Override override, Churn churn) {

    /** The level managers act on: the override's while it is active, else the predicted one. */
    public RiskLevel effectiveLevel() {
      return override != null ? override.riskLevel() : prediction.prediction().riskLevel();
    }
  }

  private final PredictionStore predictions;
  private final OverrideStore overrides;
  private final TutorStore tutors;
  private final TransactionalOperator transactions;
  private final ChurnProperties properties;
  private final Clock clock;

  public ChurnQueries(
      PredictionStore predictions,
      OverrideStore overrides,
      TutorStore tutors,
      TransactionalOperator transactions,
      ChurnProperties properties,
      Clock clock) {
    this.predictions = predictions;
    this.overrides = overrides;
    this.tutors = tutors;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  public Mono<TutorRisk> current(String tutorId) {
    Instant now = clock.instant();
    return predictions
        .current(tutorId)
        .switchIfEmpty(notFound(tutorId))
        .flatMap(
            p ->
                Mono.zip(
                        overrides
                            .active(List.of(tutorId), now)
                            .next()
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty()),
                        tutors.churn(tutorId).defaultIfEmpty(new Churn(null, null)))
                    .map(t -> new TutorRisk(p, t.getT1().orElse(null), t.getT2())));
  }

  public Mono<List<Stored>> history(String tutorId, int days) {
    LocalDate from = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(days);
    return predictions.history(tutorId, from).collectList();
  }

  public Mono<Map<String, Double>> features(String tutorId) {
    return predictions
        .current(tutorId)
        .switchIfEmpty(notFound(tutorId))
        .flatMap(p -> predictions.features(tutorId, p.asOfDay()));
  }

  /** Current predictions, highest score first, each with its active override. */
  public Mono<List<TutorRisk>> atRisk(
      double minScore, List<RiskLevel> levels, int limit, int offset) {
    Instant now = clock.instant();
    return predictions
        .atRisk(minScore, levels, limit, offset)
        .collectList()
        .flatMap(
            list ->
                overrides
                    .active(list.stream().map(s -> s.prediction().tutorId()).toList(), now)
                    .collectMap(Override::tutorId, Function.identity())
                    .map(
                        active ->
                            list.stream()
                                .map(
                                    s ->
                                        new TutorRisk(
                                            s,
                                            active.get(s.prediction().tutorId()),
                                            new Churn(null, null)))
                                .collect(Collectors.toList())));
  }

  /**
   * Overrides a tutor's predicted risk until {@code expiresAt} (default: the configured period),
   * replacing any active override; the prediction it replaces is kept with it.
   */
  public Mono<Override> override(
      String tutorId, String level, String reason, Instant expiresAt, String by) {
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    RiskLevel riskLevel = null;
    try {
      riskLevel = level == null ? null : RiskLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (riskLevel == null) {
      errors.add(new FieldError("riskLevel", "must be one of LOW, MEDIUM, HIGH, CRITICAL"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "is required"));
    } else if (reason.length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    }
    Instant expires = expiresAt == null ? now.plus(properties.defaultOverrideFor()) : expiresAt;
    if (!expires.isAfter(now)) {
      errors.add(new FieldError("expiresAt", "must be in the future"));
    } else if (expires.isAfter(now.plus(properties.maxOverrideFor()))) {
      errors.add(
          new FieldError(
              "expiresAt", "must be within " + properties.maxOverrideFor().toDays() + " days"));
    }
    if (!errors.isEmpty()) {
      return Mono.error(new InvalidFieldsException("The override is invalid", errors));
    }
    RiskLevel chosen = riskLevel;
    return predictions
        .current(tutorId)
        .switchIfEmpty(notFound(tutorId))
        .flatMap(
            p ->
                overrides.create(
                    new Override(
                        UUID.randomUUID(),
                        tutorId,
                        chosen,
                        reason.trim(),
                        p.prediction().riskLevel(),
                        p.prediction().headlineScore(),
                        by,
                        now,
                        expires,
                        null,
                        null)))
        .as(transactions::transactional);
  }

  /** Revokes the tutor's active override; 404 if there is none. */
  public Mono<Void> revoke(String tutorId, String by) {
    return overrides
        .revoke(tutorId, by, clock.instant())
        .flatMap(
            n ->
                n == 0
                    ? Mono.<Void>error(
                        new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "No active override for " + tutorId))
                    : Mono.<Void>empty());
  }

  public Mono<List<Override>> overrides(String tutorId) {
    return overrides.history(tutorId).collectList();
  }

  private static <T> Mono<T> notFound(String tutorId) {
    return Mono.error(
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No prediction for tutor " + tutorId));
  }
}
