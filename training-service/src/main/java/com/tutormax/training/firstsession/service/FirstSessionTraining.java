package com.tutormax.training.firstsession.service;

import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.features.LogisticModel;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.training.dataset.domain.TutorHistory;
import com.tutormax.training.firstsession.domain.FirstSessionDataset;
import com.tutormax.training.firstsession.domain.FirstSessionMetrics;
import com.tutormax.training.firstsession.domain.FirstSessionPromotion;
import com.tutormax.training.firstsession.domain.FirstSessionRow;
import com.tutormax.training.firstsession.domain.FirstSessionTrainer;
import com.tutormax.training.firstsession.domain.TrainedFirstSessionModel;
import com.tutormax.training.firstsession.persistence.FirstSessionModelStore;
import com.tutormax.training.firstsession.persistence.FirstSessionModelStore.Stored;
import com.tutormax.training.firstsession.persistence.FirstSessionStore;
import com.tutormax.training.history.config.TrainingProperties;
import com.tutormax.training.models.persistence.RegistryStore.Run;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first-session model's part of a training run: its rows from training's own history (first
 * sessions and their ratings, student ages, the tutors' closed days), a logistic regression,
 * promoted only if it beats the promoted one on the same test rows, stored in {@code
 * first_session_models} and, when promoted, announced ({@code FirstSessionModelPromoted}, in the
 * same transaction through the outbox) for churn to serve before first sessions. Its outcome joins
 * the run summary; a failure here is reported there and does not fail the run.
 */
@Service
public class FirstSessionTraining {

  private static final Logger log = LoggerFactory.getLogger(FirstSessionTraining.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final FirstSessionStore sessions;
  private final FirstSessionModelStore models;
  private final TransactionalOperator transactions;
  private final OutboxWriter outbox;
  private final TrainingProperties properties;
  private final Clock clock;

  public FirstSessionTraining(
      FirstSessionStore sessions,
      FirstSessionModelStore models,
      TransactionalOperator transactions,
      OutboxWriter outbox,
      TrainingProperties properties,
      Clock clock) {
    this.sessions = sessions;
    this.models = models;
    this.transactions = transactions;
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Trains, judges and stores the first-session model of {@code run} from the tutors' histories;
   * the outcome for the run summary (outcome, reason, rows, positives, test AUC, precision and
   * recall at 0.5, model id). Never errors: a failure is the outcome FAILED.
   */
  public Mono<Map<String, Object>> train(Run run, List<TutorHistory> tutors) {
    return Mono.zip(sessions.firstSessions().collectList(), sessions.studentAges())
        // Building and fitting take seconds: off the database's threads.
        .publishOn(Schedulers.boundedElastic())
        .flatMap(
            t -> {
              Map<String, TutorHistory> byTutor =
                  tutors.stream()
                      .collect(Collectors.toMap(TutorHistory::tutorId, Function.identity()));
              List<FirstSessionRow> rows = FirstSessionDataset.rows(t.getT1(), byTutor, t.getT2());
              return trainOn(run, rows);
            })
        .onErrorResume(
            e -> {
              log.warn("First-session model of run {} failed: {}", run.runId(), e.toString());
              Map<String, Object> outcome = new LinkedHashMap<>();
              outcome.put("outcome", "FAILED");
              outcome.put("reason", e.toString());
              return Mono.just(outcome);
            });
  }

  private Mono<Map<String, Object>> trainOn(Run run, List<FirstSessionRow> rows) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("rows", rows.size());
    outcome.put("positives", rows.stream().filter(FirstSessionRow::poor).count());
    TrainedFirstSessionModel trained;
    try {
      trained = FirstSessionTrainer.train(rows, properties.seed());
    } catch (IllegalArgumentException e) {
      outcome.put("outcome", "SKIPPED");
      outcome.put("reason", e.getMessage());
      return Mono.just(outcome);
    }
    return models
        .promotedModel()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            serving -> {
              LogisticModel current = serving.orElse(null);
              FirstSessionPromotion.Decision decision =
                  FirstSessionPromotion.decide(trained, current, rows);
              FirstSessionMetrics metrics = trained.metrics();
              String version = VERSION.format(run.startedAt());
              String modelId = "first-session-" + version;
              outcome.put("outcome", decision.promote() ? "PROMOTED" : "NOT_PROMOTED");
              outcome.put("reason", decision.reason());
              outcome.put("testAuc", finite(metrics.auc()));
              outcome.put("precision", finite(metrics.precision()));
              outcome.put("recall", finite(metrics.recall()));
              outcome.put("modelId", modelId);
              Map<String, Object> params = new LinkedHashMap<>();
              params.put("booster", "gblinear");
              params.put("objective", "binary:logistic");
              params.put("lambda", trained.lambda());
              params.put("rounds", trained.rounds());
              params.put("seed", properties.seed());
              Instant now = clock.instant();
              Stored stored =
                  new Stored(
                      modelId,
                      version,
                      run.runId(),
                      now,
                      null,
                      trained.dataFrom(),
                      trained.dataThrough(),
                      metrics.auc(),
                      decision.servingTestAuc(),
                      decision.reason(),
                      JSON.writeValueAsString(trained.model()),
                      JSON.writeValueAsString(metrics),
                      JSON.writeValueAsString(params),
                      null,
                      null,
                      null);
              Mono<Void> announce =
                  decision.promote()
                      ? outbox
                          .append(
                              new FirstSessionModelPromoted(
                                  modelId, version, trained.model(), announced(metrics), now))
                          .then()
                      : Mono.<Void>empty();
              return models
                  .add(stored, decision.promote(), "run:" + run.runId(), now)
                  .then(announce)
                  .as(transactions::transactional)
                  .thenReturn(outcome);
            });
  }

  /** The test metrics churn shows beside the model's risks (the finite ones). */
  private static Map<String, Double> announced(FirstSessionMetrics metrics) {
    Map<String, Double> m = new LinkedHashMap<>();
    Map.of("aucRoc", metrics.auc(), "precision", metrics.precision(), "recall", metrics.recall())
        .forEach(
            (k, v) -> {
              if (Double.isFinite(v)) {
                m.put(k, v);
              }
            });
    return m;
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
