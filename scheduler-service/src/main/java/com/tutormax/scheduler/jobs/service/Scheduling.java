package com.tutormax.scheduler.jobs.service;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.JobRequested;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.scheduler.jobs.config.SchedulerClock;
import com.tutormax.scheduler.jobs.config.SchedulerProperties;
import com.tutormax.scheduler.jobs.domain.DueRuns;
import com.tutormax.scheduler.jobs.domain.DueRuns.Due;
import com.tutormax.scheduler.jobs.domain.JobCatalogue;
import com.tutormax.scheduler.jobs.domain.JobDefinition;
import com.tutormax.scheduler.jobs.domain.RunOrder;
import com.tutormax.scheduler.jobs.domain.RunTimeout;
import com.tutormax.scheduler.jobs.persistence.JobStore;
import com.tutormax.scheduler.jobs.persistence.JobStore.JobRow;
import com.tutormax.scheduler.jobs.persistence.JobStore.Run;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler's work: the jobs as configured (catalogue defaults and stored overrides), the due
 * runs requested (the run row and its {@code JobRequested} in the outbox in one transaction, the
 * row keyed by the run's deterministic id, so a run is requested once however many schedulers
 * compute it), runs an admin triggers, and runs closed by their {@code JobFinished}.
 */
@Service
public class Scheduling {

  private static final Logger log = LoggerFactory.getLogger(Scheduling.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JobStore store;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final SchedulerProperties properties;
  private final Clock clock;
  private final MeterRegistry meters;
  private final EventCounters counters;

  public Scheduling(
      JobStore store,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      SchedulerProperties properties,
      SchedulerClock schedulerClock,
      MeterRegistry meters,
      EventCounters counters) {
    this.store = store;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = schedulerClock.clock();
    this.meters = meters;
    this.counters = counters;
  }

  /** A job as configured now: its definition with overrides, and its stored state. */
  public record Job(JobDefinition definition, JobRow state) {

    public boolean active() {
      return definition.enabled() && !state.paused();
    }
  }

  /** Registers the catalogue's jobs that are not registered yet. */
  public Mono<Void> register() {
    return store.register(JobCatalogue.byName().keySet(), clock.instant());
  }

  /** Every job of the catalogue, in catalogue order, with its overrides. */
  public Flux<Job> jobs() {
    return register()
        .thenMany(store.jobs())
        .collectMap(JobRow::name)
        .flatMapMany(
            rows ->
                Flux.fromIterable(JobCatalogue.defaults())
                    .filter(d -> rows.containsKey(d.name()))
                    .map(d -> configured(d, rows.get(d.name()))));
  }

  public Mono<Job> job(String name) {
    return Mono.justOrEmpty(JobCatalogue.find(name))
        .flatMap(d -> register().then(store.job(name)).map(row -> configured(d, row)));
  }

  private static Job configured(JobDefinition defaults, JobRow row) {
    if (row.cronOverride() == null
        && row.parametersOverride() == null
        && row.enabledOverride() == null) {
      return new Job(defaults, row);
    }
    Map<String, String> parameters =
        row.parametersOverride() == null
            ? defaults.parameters()
            : JSON.readValue(row.parametersOverride(), new TypeReference<Map<String, String>>() {});
    return new Job(
        defaults.with(
            Optional.ofNullable(row.cronOverride()).orElse(defaults.cron()),
            parameters,
            Optional.ofNullable(row.enabledOverride()).orElse(defaults.enabled())),
        row);
  }

  /**
   * Closes the runs that timed out, then requests every due run of every active job at the clock's
   * now, a job that runs after another only once that one's run for the same time has finished (or
   * was waited for long enough); emits the ids of the runs this call requested (a run another
   * scheduler requested first is not among them).
   */
  public Mono<List<String>> tick() {
    Instant now = clock.instant();
    return jobs()
        .collectMap(job -> job.definition().name(), job -> job, LinkedHashMap::new)
        .flatMap(
            all ->
                closeTimedOut(all, now)
                    .then(
                        Flux.fromIterable(all.values())
                            .filter(Job::active)
                            .concatMap(job -> requestDue(job, all, now))
                            .collectList()));
  }

  /** Requests the job's due runs in time order, stopping at one that waits for its predecessor. */
  private Flux<String> requestDue(Job job, Map<String, Job> all, Instant now) {
    JobDefinition definition = job.definition();
    // A run that waited for its predecessor is late by up to the wait, not missed.
    Duration grace =
        RunOrder.after(definition).isPresent()
            ? properties.grace().plus(properties.afterWait())
            : properties.grace();
    return store
        .lastScheduled(definition.name())
        .defaultIfEmpty(job.state().registeredAt())
        .map(last -> last.isAfter(job.state().registeredAt()) ? last : job.state().registeredAt())
        .flatMapIterable(after -> DueRuns.due(definition, after, now, grace))
        .concatMap(due -> ordered(definition, due, all, now).map(d -> Map.entry(due, d)))
        .takeWhile(e -> e.getValue().request())
        .concatMap(
            e -> request(definition, e.getKey(), JobStore.SCHEDULE, now, e.getValue().note()));
  }

  /** Whether {@code due} may be requested now, as far as the job it runs after goes. */
  private Mono<RunOrder.Decision> ordered(
      JobDefinition job, Due due, Map<String, Job> all, Instant now) {
    Optional<Job> predecessor = RunOrder.after(job).map(all::get);
    if (predecessor.isEmpty()
        || !RunOrder.runsAt(
            predecessor.get().definition(), predecessor.get().active(), due.scheduledFor())) {
      return Mono.just(RunOrder.Decision.GO);
    }
    String name = predecessor.get().definition().name();
    return store
        .run(DueRuns.runId(name, due.scheduledFor()))
        .map(
            run ->
                "REQUESTED".equals(run.status())
                    ? RunOrder.Predecessor.PENDING
                    : RunOrder.Predecessor.FINISHED)
        .defaultIfEmpty(RunOrder.Predecessor.PENDING)
        .map(
            state -> RunOrder.decide(name, state, due.scheduledFor(), now, properties.afterWait()));
  }

  /**
   * Closes as failed ({@value RunTimeout#ERROR}) every run with no report past its job's timeout: a
   * service that died mid-job never reports. Counted like any failed run.
   */
  private Mono<Void> closeTimedOut(Map<String, Job> all, Instant now) {
    return store
        .openRuns()
        .filter(
            run -> {
              Job job = all.get(run.jobName());
              Duration timeout =
                  job == null
                      ? properties.runTimeout()
                      : RunTimeout.of(job.definition(), properties.runTimeout());
              return RunTimeout.timedOut(run.requestedAt(), timeout, now);
            })
        .concatMap(
            run ->
                store.finish(
                    run.runId(),
                    "FAILED",
                    now,
                    Duration.between(run.requestedAt(), now).toMillis(),
                    "{}",
                    RunTimeout.ERROR))
        .doOnNext(this::failed)
        .then();
  }

  /** Runs {@code name} once now, recorded as requested by {@code by}; empty for an unknown job. */
  public Mono<Run> trigger(String name, String by) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return job(name)
        .flatMap(
            job -> {
              Due due = new Due(DueRuns.manualRunId(name, now), name, now, false);
              return request(job.definition(), due, by, now, null).then(store.run(due.runId()));
            });
  }

  public Mono<Job> pause(String name, boolean paused, String by) {
    return job(name)
        .flatMap(
            job ->
                store
                    .setPaused(name, paused, by, clock.instant())
                    .map(row -> new Job(job.definition(), row)));
  }

  /** Inserts the run and appends its JobRequested in one transaction; emits its id if new. */
  private Mono<String> request(JobDefinition job, Due due, String by, Instant now, String note) {
    Run run =
        new Run(
            due.runId(),
            job.name(),
            job.targetService(),
            due.scheduledFor(),
            now,
            by,
            "REQUESTED",
            null,
            null,
            null,
            null,
            note);
    JobRequested event =
        new JobRequested(
            due.runId(),
            job.name(),
            job.targetService(),
            job.parameters(),
            due.scheduledFor(),
            now);
    return store
        .insert(run)
        .flatMap(
            inserted ->
                inserted
                    ? outbox.append(event, eventId(due.runId())).thenReturn(due.runId())
                    : Mono.<String>empty())
        .as(transactions::transactional)
        .doOnNext(
            id ->
                log.info(
                    "Requested {} from {} ({}{}{})",
                    id,
                    job.targetService(),
                    by,
                    due.catchUp() ? ", catching up" : "",
                    note == null ? "" : ", " + note));
  }

  /** The JobRequested event id of a run: one per run id, so the outbox refuses a second. */
  public static UUID eventId(String runId) {
    return UUID.nameUUIDFromBytes(("JobRequested|" + runId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Closes the run the report is about (a run already closed or unknown is left alone); emits the
   * closed run. Run it inside the intake's transaction.
   */
  public Mono<Run> finish(JobFinished report) {
    return store.finish(
        report.runId(),
        report.outcome().name(),
        report.finishedAt(),
        report.durationMillis(),
        JSON.writeValueAsString(report.counts() == null ? Map.of() : report.counts()),
        report.error());
  }

  /** Counts a failed run: a metric per job and the service's failed figures (heartbeats). */
  public void failed(Run run) {
    meters.counter("tutormax.scheduler.runs.failed", "job", run.jobName()).increment();
    counters.failed();
    log.warn("Run {} failed in {}: {}", run.runId(), run.targetService(), run.error());
  }
}
