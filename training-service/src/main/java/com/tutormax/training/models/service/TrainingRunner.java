package com.tutormax.training.models.service;

import com.tutormax.common.events.ModelPromoted;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.common.rules.RuleScore;
import com.tutormax.training.dataset.domain.Departure;
import com.tutormax.training.dataset.domain.TrainingRow;
import com.tutormax.training.dataset.domain.TrainingSetBuilder;
import com.tutormax.training.dataset.domain.TutorHistory;
import com.tutormax.training.evaluation.domain.Labels;
import com.tutormax.training.firstsession.service.FirstSessionTraining;
import com.tutormax.training.history.config.TrainingProperties;
import com.tutormax.training.history.persistence.HistoryStore;
import com.tutormax.training.history.persistence.HistoryStore.Churn;
import com.tutormax.training.models.domain.LabelledRow;
import com.tutormax.training.models.domain.ModelMetrics;
import com.tutormax.training.models.domain.Promotion;
import com.tutormax.training.models.domain.RuleBaseline;
import com.tutormax.training.models.domain.TrainedModel;
import com.tutormax.training.models.domain.WindowTrainer;
import com.tutormax.training.models.persistence.RegistryStore;
import com.tutormax.training.models.persistence.RegistryStore.Model;
import com.tutormax.training.models.persistence.RegistryStore.Run;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * One training run: the training set from training's own history (closed days and detected churns,
 * never the generator's truth), one XGBoost model per window, each promoted only if it beats the
 * model in service on the same test rows. Every model is stored as a candidate as soon as it is
 * judged; the winners are crowned and announced ({@code ModelPromoted} through the outbox) together
 * in one transaction at the end of the run. One run at a time; it runs in the background, its
 * models two at a time, and its outcome is kept in {@code runs}.
 */
@Service
public class TrainingRunner {

  private static final Logger log = LoggerFactory.getLogger(TrainingRunner.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FIRST_SESSION = "firstSession";

  /** Models trained at once: one per core of the 2-core machine, each single-threaded. */
  static final int PARALLEL = 2;

  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final HistoryStore history;
  private final RegistryStore registry;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final TrainingProperties properties;
  private final Environment environment;
  private final Clock clock;
  private final FirstSessionTraining firstSessions;

  public TrainingRunner(
      HistoryStore history,
      RegistryStore registry,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      TrainingProperties properties,
      Environment environment,
      Clock clock,
      FirstSessionTraining firstSessions) {
    this.history = history;
    this.registry = registry;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.environment = environment;
    this.clock = clock;
    this.firstSessions = firstSessions;
  }

  /** Starts a run in the background; empty if one is already running. */
  public Mono<Run> start(String requestedBy) {
    UUID runId = UUID.randomUUID();
    return registry
        .start(runId, requestedBy, clock.instant())
        .doOnNext(
            run ->
                Mono.fromRunnable(() -> execute(run))
                    .subscribeOn(Schedulers.boundedElastic())
                    .subscribe());
  }

  /**
   * Reads the history, builds the training set, then trains every window's model and the
   * first-session model, {@link #PARALLEL} at a time (each single-threaded, so a run uses the
   * machine's two cores); records progress and each outcome as it comes, and the result and the
   * time each phase took at the end (never throws).
   */
  void execute(Run run) {
    Duration timeout = Duration.ofMinutes(10);
    Map<String, Object> timings = new LinkedHashMap<>();
    try {
      registry.progress(run.runId(), "1/3: reading the history", null, null).block(timeout);
      long started = System.nanoTime();
      List<TutorHistory> tutors = histories().block(timeout);
      timings.put("historyMs", millisSince(started));
      LocalDate observedThrough =
          tutors.stream()
              .flatMap(t -> t.closedDays().stream())
              .map(TutorDayClosed::day)
              .max(LocalDate::compareTo)
              .orElseThrow(() -> new IllegalStateException("no closed tutor-days yet"));
      registry.progress(run.runId(), "2/3: building the training set", null, null).block(timeout);
      started = System.nanoTime();
      List<TrainingRow> rows =
          TrainingSetBuilder.rows(
              tutors, observedThrough, properties.minHistoryDays(), properties.stepDays());
      timings.put("trainingSetMs", millisSince(started));

      started = System.nanoTime();
      Map<String, Object> summary = trainModels(run, tutors, rows).block(timeout);
      timings.put("modelsMs", millisSince(started));
      summary.put("timings", timings);
      registry
          .finish(
              run.runId(),
              "SUCCEEDED",
              observedThrough,
              rows.size(),
              JSON.writeValueAsString(summary),
              null,
              clock.instant())
          .block(timeout);
      log.info("Training run {} finished: {} rows, {}", run.runId(), rows.size(), summary);
    } catch (RuntimeException e) {
      log.warn("Training run {} failed: {}", run.runId(), e.toString());
      registry
          .finish(run.runId(), "FAILED", null, null, null, e.toString(), clock.instant())
          .block(timeout);
    }
  }

  /**
   * Trains the models of a run, the slowest first, {@link #PARALLEL} at a time; the summary holds
   * each model's outcome (with the milliseconds it took) under its key, in a fixed order.
   */
  private Mono<Map<String, Object>> trainModels(
      Run run, List<TutorHistory> tutors, List<TrainingRow> rows) {
    // The first-session model and the windows with the most rows take longest: they go first.
    List<ModelPromoted> winners = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, Mono<Map<String, Object>>> models = new LinkedHashMap<>();
    models.put(FIRST_SESSION, Mono.defer(() -> firstSessions.train(run, tutors)));
    for (int window : TrainingSetBuilder.WINDOWS) {
      models.put(
          window + "d",
          Mono.defer(() -> trainWindow(run, window, rows, winners))
              .subscribeOn(Schedulers.boundedElastic()));
    }
    String training = "3/3: training " + models.size() + " models, ";
    Map<String, Object> done = new ConcurrentHashMap<>();
    return progress(run, training + "0 done", rows, done)
        .thenMany(
            Flux.fromIterable(models.entrySet())
                .flatMap(
                    model -> {
                      long started = System.nanoTime();
                      return model
                          .getValue()
                          .map(
                              outcome -> {
                                Map<String, Object> timed = new LinkedHashMap<>(outcome);
                                timed.put("ms", millisSince(started));
                                done.put(model.getKey(), timed);
                                return ordered(done);
                              });
                    },
                    PARALLEL)
                // One progress write at a time, so the last one written is the latest.
                .concatMap(soFar -> progress(run, training + soFar.size() + " done", rows, soFar)))
        .then(Mono.defer(() -> promoteTogether(run, winners)))
        .then(Mono.fromSupplier(() -> ordered(done)));
  }

  /** The outcomes so far as the summary shows them: windows ascending, then the first session. */
  private static Map<String, Object> ordered(Map<String, Object> outcomes) {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (int window : TrainingSetBuilder.WINDOWS) {
      Object outcome = outcomes.get(window + "d");
      if (outcome != null) {
        summary.put(window + "d", outcome);
      }
    }
    Object firstSession = outcomes.get(FIRST_SESSION);
    if (firstSession != null) {
      summary.put(FIRST_SESSION, firstSession);
    }
    return summary;
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }

  private Mono<Void> progress(
      Run run, String step, List<TrainingRow> rows, Map<String, Object> summary) {
    return registry.progress(run.runId(), step, rows.size(), JSON.writeValueAsString(summary));
  }

  private Mono<Map<String, Object>> trainWindow(
      Run run, int window, List<TrainingRow> rows, List<ModelPromoted> winners) {
    List<LabelledRow> labelled = new ArrayList<>();
    List<TrainingRow> windowRows = TrainingSetBuilder.forWindow(rows, window);
    double[] ruleScores = new double[windowRows.size()];
    for (int i = 0; i < windowRows.size(); i++) {
      TrainingRow row = windowRows.get(i);
      labelled.add(
          new LabelledRow(
              row.tutorId(),
              row.asOfDay(),
              row.features().toFloatArray(),
              row.label(window) == Labels.Label.POSITIVE,
              row.alreadyLeft()));
      ruleScores[i] = RuleScore.of(row.features()).score();
    }
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("rows", labelled.size());
    outcome.put("positives", labelled.stream().filter(LabelledRow::churned).count());
    TrainedModel model;
    try {
      model = WindowTrainer.train(window, labelled, ChurnFeatures.names(), properties.seed());
    } catch (IllegalArgumentException e) {
      outcome.put("outcome", "SKIPPED");
      outcome.put("reason", e.getMessage());
      return Mono.just(outcome);
    }
    ModelMetrics baseline = RuleBaseline.of(labelled, ruleScores);
    return registry
        .championArtifact(window)
        .map(java.util.Optional::of)
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(
            champion -> {
              Promotion.Decision decision =
                  Promotion.decide(model, champion.orElse(null), labelled);
              Instant now = clock.instant();
              String version = VERSION.format(run.startedAt());
              String modelId = "churn-" + window + "d-" + version;
              outcome.put("modelId", modelId);
              outcome.put("testAuc", model.metrics().auc());
              outcome.put("ruleScoreTestAuc", baseline.auc());
              outcome.put("outcome", decision.promote() ? "PROMOTED" : "NOT_PROMOTED");
              outcome.put("reason", decision.reason());
              Model row =
                  new Model(
                      modelId,
                      window,
                      version,
                      run.runId(),
                      now,
                      null,
                      model.metrics().auc(),
                      decision.championTestAuc(),
                      decision.championTestBrier(),
                      model.dataFrom(),
                      model.dataThrough(),
                      JSON.writeValueAsString(model.metrics()),
                      JSON.writeValueAsString(baseline),
                      JSON.writeValueAsString(model.importance()),
                      JSON.writeValueAsString(model.params()),
                      null,
                      "run:" + run.runId(),
                      null);
              if (decision.promote()) {
                winners.add(
                    new ModelPromoted(
                        modelId, window, version, artifactUrl(modelId), headline(model), now));
              }
              // Stored as a candidate; the run's winners are crowned together at its end.
              return registry
                  .add(
                      row,
                      model.toArtifact(modelId, version),
                      JSON.writeValueAsString(model.testPredictions()),
                      false,
                      now)
                  .thenReturn(outcome);
            });
  }

  /**
   * Crowns the run's winning window models and announces them in one transaction, so churn switches
   * to a run's models together (one re-score of every tutor, not one per window) and a run that
   * fails half-way promotes none of them.
   */
  private Mono<Void> promoteTogether(Run run, List<ModelPromoted> winners) {
    Instant now = clock.instant();
    return Flux.fromIterable(winners)
        .sort(java.util.Comparator.comparingInt(ModelPromoted::windowDays))
        .concatMap(
            w ->
                registry
                    .promote(w.modelId(), "run:" + run.runId(), now)
                    .then(
                        outbox.append(
                            new ModelPromoted(
                                w.modelId(),
                                w.windowDays(),
                                w.version(),
                                w.artifactUrl(),
                                w.metrics(),
                                now))))
        .then()
        .as(transactions::transactional);
  }

  /**
   * An admin makes a stored model champion (a rollback to an earlier version, or a candidate): it
   * serves from now on, announced like a model a run promoted; empty if there is no such model.
   */
  public Mono<Model> promote(String modelId, String promotedBy) {
    Instant now = clock.instant();
    return registry
        .promote(modelId, promotedBy, now)
        .flatMap(
            m ->
                outbox
                    .append(
                        new ModelPromoted(
                            m.modelId(),
                            m.windowDays(),
                            m.version(),
                            artifactUrl(m.modelId()),
                            m.testAuc() == null ? Map.of() : Map.of("auc", m.testAuc()),
                            now))
                    .thenReturn(m))
        .as(transactions::transactional);
  }

  private static Map<String, Double> headline(TrainedModel model) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    putFinite(metrics, "auc", model.metrics().auc());
    putFinite(metrics, "precisionAtTop10", model.metrics().precisionAtTop10());
    putFinite(metrics, "brier", model.metrics().brier());
    putFinite(metrics, "ece", model.metrics().ece());
    return metrics;
  }

  private static void putFinite(Map<String, Double> map, String key, double value) {
    if (Double.isFinite(value)) {
      map.put(key, value);
    }
  }

  /** Where other services fetch a model's artifact. */
  String artifactUrl(String modelId) {
    String base = properties.artifactBaseUrl();
    if (base == null || base.isBlank()) {
      base = "http://localhost:" + environment.getProperty("local.server.port", "8085");
    } else if (!base.contains("://")) {
      // A bare host:port, as a platform's service discovery gives it (render.yaml's hostport).
      base = "http://" + base;
    }
    return base.replaceAll("/+$", "") + "/api/training/models/" + modelId + "/artifact";
  }

  private Mono<List<TutorHistory>> histories() {
    return Mono.zip(
            history.profiles().collectList(),
            history.closedDays().collectList(),
            history.churns().collectList())
        .map(
            t -> {
              Map<String, List<TutorDayClosed>> days = new HashMap<>();
              t.getT2()
                  .forEach(d -> days.computeIfAbsent(d.tutorId(), k -> new ArrayList<>()).add(d));
              Map<String, Departure> departures = new HashMap<>();
              for (Churn c : t.getT3()) {
                departures.put(c.tutorId(), Departure.of(c.event()));
              }
              List<TutorHistory> tutors = new ArrayList<>();
              for (TutorProfile profile : t.getT1()) {
                tutors.add(
                    new TutorHistory(
                        profile,
                        days.getOrDefault(profile.tutorId(), List.of()),
                        departures.get(profile.tutorId())));
              }
              return tutors;
            });
  }
}
