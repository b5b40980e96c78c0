package com.tutormax.scheduler.jobs.web;

import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import com.tutormax.scheduler.jobs.config.SchedulerClock;
import com.tutormax.scheduler.jobs.domain.JobDefinition;
import com.tutormax.scheduler.jobs.domain.MisfirePolicy;
import com.tutormax.scheduler.jobs.persistence.JobStore;
import com.tutormax.scheduler.jobs.persistence.JobStore.Run;
import com.tutormax.scheduler.jobs.service.Scheduling;
import com.tutormax.scheduler.jobs.service.Scheduling.Job;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job catalogue, run history, trigger now, pause and resume (see SchedulerAccessRules). */
@RestController
@RequestMapping("/api/scheduler/jobs")
class SchedulerController {

  static final int MAX_LIMIT = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Scheduling scheduling;
  private final JobStore store;
  private final Clock clock;

  SchedulerController(Scheduling scheduling, JobStore store, SchedulerClock clock) {
    this.scheduling = scheduling;
    this.store = store;
    this.clock = clock.clock();
  }

  /** A job as shown: its configuration, state, next cron time (if active) and latest run. */
  record JobView(
      String name,
      String cron,
      String targetService,
      Map<String, String> parameters,
      boolean enabled,
      boolean paused,
      MisfirePolicy misfire,
      String description,
      Instant nextRunAt,
      RunView lastRun) {

    static JobView of(Job job, Run last, Instant now) {
      JobDefinition d = job.definition();
      return new JobView(
          d.name(),
          d.cron(),
          d.targetService(),
          d.parameters(),
          d.enabled(),
          job.state().paused(),
          d.misfire(),
          d.description(),
          job.active() ? d.nextAfter(now) : null,
          last == null ? null : RunView.of(last));
    }
  }

  /** A run as shown, its counts as JSON. */
  record RunView(
      String runId,
      String jobName,
      String targetService,
      Instant scheduledFor,
      Instant requestedAt,
      String requestedBy,
      String status,
      Instant finishedAt,
      Long durationMillis,
      JsonNode counts,
      String error,
      String note) {

    static RunView of(Run r) {
      return new RunView(
          r.runId(),
          r.jobName(),
          r.targetService(),
          r.scheduledFor(),
          r.requestedAt(),
          r.requestedBy(),
          r.status(),
          r.finishedAt(),
          r.durationMillis(),
          r.counts() == null ? null : JSON.readTree(r.counts()),
          r.error(),
          r.note());
    }
  }

  @GetMapping
  @Operation(summary = "Every job: cron (UTC), target service, state, next and last run")
  Mono<List<JobView>> jobs() {
    Instant now = clock.instant();
    return store
        .lastRuns()
        .collectMap(Run::jobName)
        .flatMap(
            last ->
                scheduling
                    .jobs()
                    .map(job -> JobView.of(job, last.get(job.definition().name()), now))
                    .collectList());
  }

  @GetMapping("/{name}/runs")
  @Operation(summary = "A job's runs, latest first: status, duration, counts, error")
  Mono<List<RunView>> runs(
      @PathVariable String name, @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Mono.error(
          new InvalidFieldsException(
              "Invalid request",
              List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT))));
    }
    return scheduling
        .job(name)
        .switchIfEmpty(notFound(name))
        .flatMap(job -> store.runs(name, limit).map(RunView::of).collectList());
  }

  @PostMapping("/{name}/trigger")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Run the job once now (recorded with the caller as requester)")
  Mono<RunView> trigger(@PathVariable String name, @AuthenticationPrincipal Jwt jwt) {
    return scheduling.trigger(name, caller(jwt)).map(RunView::of).switchIfEmpty(notFound(name));
  }

  @PostMapping("/{name}/pause")
  @Operation(summary = "Pause the job: no scheduled runs until resumed")
  Mono<JobView> pause(@PathVariable String name, @AuthenticationPrincipal Jwt jwt) {
    return setPaused(name, true, jwt);
  }

  @PostMapping("/{name}/resume")
  @Operation(summary = "Resume a paused job (missed times follow its misfire policy)")
  Mono<JobView> resume(@PathVariable String name, @AuthenticationPrincipal Jwt jwt) {
    return setPaused(name, false, jwt);
  }

  private Mono<JobView> setPaused(String name, boolean paused, Jwt jwt) {
    Instant now = clock.instant();
    return scheduling
        .pause(name, paused, caller(jwt))
        .flatMap(
            job ->
                store
                    .runs(name, 1)
                    .next()
                    .map(last -> JobView.of(job, last, now))
                    .defaultIfEmpty(JobView.of(job, null, now)))
        .switchIfEmpty(notFound(name));
  }

  /** The caller as recorded on runs and pauses: their email, else the token's subject. */
  private static String caller(Jwt jwt) {
    String email = jwt.getClaimAsString("email");
    return email == null || email.isBlank() ? jwt.getSubject() : email;
  }

  private static <T> Mono<T> notFound(String job) {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No job " + job));
  }
}
