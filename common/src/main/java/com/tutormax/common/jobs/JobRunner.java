package com.tutormax.common.jobs;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.JobRequested;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Performs the scheduler's requests for this service: a request for another service is ignored; a
 * run id seen before is ignored (the claim, a processed-event mark keyed by the run id, commits
 * before the job starts, so a run is performed at most once however often its request is
 * delivered); the job runs, and how it ended ({@code JobFinished}: outcome, duration, counts,
 * error) goes out through the outbox. A request for a job this service has no handler for is
 * reported as failed.
 */
public class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  static final String CONSUMER = "scheduled-jobs";

  private final String service;
  private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();
  private final ProcessedEvents processed;
  private final OutboxWriter outbox;
  private final Clock clock;

  public JobRunner(
      String service,
      List<ScheduledJob> jobs,
      ProcessedEvents processed,
      OutboxWriter outbox,
      Clock clock) {
    this.service = service;
    jobs.forEach(
        job -> {
          if (this.jobs.putIfAbsent(job.name(), job) != null) {
            throw new IllegalStateException("two handlers for job " + job.name());
          }
        });
    this.processed = processed;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The names of the jobs this service performs. */
  public java.util.Set<String> jobNames() {
    return jobs.keySet();
  }

  /**
   * Claims the run: true if it is for this service and seen for the first time (then the caller
   * must {@link #perform} it), false otherwise.
   */
  public Mono<Boolean> claim(JobRequested request) {
    if (!service.equals(request.targetService())) {
      return Mono.just(false);
    }
    return processed.handleOnce(CONSUMER, claimId(request.runId()), Mono::empty);
  }

  /** Runs the claimed request's job and reports how it ended; emits the report. */
  public Mono<JobFinished> perform(JobRequested request) {
    ScheduledJob job = jobs.get(request.jobName());
    Instant started = clock.instant();
    long startedNanos = System.nanoTime();
    Mono<Map<String, Long>> work =
        job == null
            ? Mono.error(
                new IllegalStateException(service + " has no handler for job " + request.jobName()))
            : Mono.defer(
                () -> job.run(request.parameters() == null ? Map.of() : request.parameters()));
    log.info("Running {} ({})", request.runId(), request.jobName());
    return work.defaultIfEmpty(Map.of())
        .map(counts -> report(request, JobFinished.Outcome.SUCCEEDED, startedNanos, counts, null))
        .onErrorResume(
            e ->
                Mono.just(
                    report(
                        request, JobFinished.Outcome.FAILED, startedNanos, Map.of(), e.toString())))
        .flatMap(
            finished ->
                outbox
                    .append(finished, reportId(request.runId()))
                    .thenReturn(finished)
                    .doOnNext(
                        f ->
                            log.info(
                                "Run {} {} in {} ms (started {})",
                                f.runId(),
                                f.outcome(),
                                f.durationMillis(),
                                started)));
  }

  private JobFinished report(
      JobRequested request,
      JobFinished.Outcome outcome,
      long startedNanos,
      Map<String, Long> counts,
      String error) {
    return new JobFinished(
        request.runId(),
        request.jobName(),
        service,
        outcome,
        Duration.ofNanos(System.nanoTime() - startedNanos).toMillis(),
        counts,
        error,
        clock.instant());
  }

  static UUID claimId(String runId) {
    return UUID.nameUUIDFromBytes(("job-run|" + runId).getBytes(StandardCharsets.UTF_8));
  }

  static UUID reportId(String runId) {
    return UUID.nameUUIDFromBytes(("JobFinished|" + runId).getBytes(StandardCharsets.UTF_8));
  }
}
