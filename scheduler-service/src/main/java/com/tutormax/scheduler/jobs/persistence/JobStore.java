package com.tutormax.scheduler.jobs.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The jobs table (registration, pause, overrides) and the run history. */
@Repository
public class JobStore {

  /** Who requests a run the cron asked for. */
  public static final String SCHEDULE = "schedule";

  private final DatabaseClient db;

  public JobStore(DatabaseClient db) {
    this.db = db;
  }

  /** A job's stored state. */
  public record JobRow(
      String name,
      Instant registeredAt,
      boolean paused,
      String cronOverride,
      String parametersOverride,
      Boolean enabledOverride,
      Instant updatedAt,
      String updatedBy) {}

  /** One run. */
  public record Run(
      String runId,
      String jobName,
      String targetService,
      Instant scheduledFor,
      Instant requestedAt,
      String requestedBy,
      String status,
      Instant finishedAt,
      Long durationMillis,
      String counts,
      String error,
      String note) {}

  /** Registers the jobs not registered yet, at {@code now} (their cron times count from then). */
  public Mono<Void> register(Collection<String> names, Instant now) {
    return Flux.fromIterable(names)
        .concatMap(
            name ->
                db.sql(
                        "INSERT INTO jobs (name, registered_at) VALUES (:name, :now)"
                            + " ON CONFLICT (name) DO NOTHING")
                    .bind("name", name)
                    .bind("now", utc(now))
                    .fetch()
                    .rowsUpdated())
        .then();
  }

  public Flux<JobRow> jobs() {
    return db.sql("SELECT * FROM jobs ORDER BY name").map(JobStore::toJob).all();
  }

  public Mono<JobRow> job(String name) {
    return db.sql("SELECT * FROM jobs WHERE name = :name")
        .bind("name", name)
        .map(JobStore::toJob)
        .one();
  }

  public Mono<JobRow> setPaused(String name, boolean paused, String by, Instant now) {
    return db.sql(
            "UPDATE jobs SET paused = :paused, updated_at = :now, updated_by = :by"
                + " WHERE name = :name RETURNING *")
        .bind("paused", paused)
        .bind("now", utc(now))
        .bind("by", by)
        .bind("name", name)
        .map(JobStore::toJob)
        .one();
  }

  /** The latest scheduled time of a run the cron asked for, if any. */
  public Mono<Instant> lastScheduled(String job) {
    return db.sql(
            "SELECT max(scheduled_for) AS last FROM runs"
                + " WHERE job_name = :job AND requested_by = :schedule")
        .bind("job", job)
        .bind("schedule", SCHEDULE)
        .map(row -> Optional.ofNullable(instant(row, "last")))
        .one()
        .flatMap(Mono::justOrEmpty);
  }

  /** Inserts the run unless a run with its id exists; emits whether it was inserted. */
  public Mono<Boolean> insert(Run run) {
    return db.sql(
            "INSERT INTO runs (run_id, job_name, target_service, scheduled_for, requested_at,"
                + " requested_by, status, note) VALUES (:runId, :job, :target, :scheduledFor,"
                + " :requestedAt, :requestedBy, :status, :note) ON CONFLICT (run_id) DO NOTHING")
        .bind("runId", run.runId())
        .bind("job", run.jobName())
        .bind("target", run.targetService())
        .bind("scheduledFor", utc(run.scheduledFor()))
        .bind("requestedAt", utc(run.requestedAt()))
        .bind("requestedBy", run.requestedBy())
        .bind("status", run.status())
        .bind(
            "note", org.springframework.r2dbc.core.Parameter.fromOrEmpty(run.note(), String.class))
        .fetch()
        .rowsUpdated()
        .map(n -> n == 1);
  }

  /** Closes a requested run; emits the closed run, empty if unknown or already closed. */
  public Mono<Run> finish(
      String runId,
      String status,
      Instant finishedAt,
      long durationMillis,
      String counts,
      String error) {
    DatabaseClient.GenericExecuteSpec update =
        db.sql(
                "UPDATE runs SET status = :status, finished_at = :finishedAt,"
                    + " duration_ms = :duration, counts = :counts, error = :error"
                    + " WHERE run_id = :runId AND status = 'REQUESTED' RETURNING *")
            .bind("status", status)
            .bind("finishedAt", utc(finishedAt))
            .bind("duration", durationMillis)
            .bind("counts", counts)
            .bind("runId", runId);
    update =
        error == null
            ? update.bindNull("error", String.class)
            : update.bind("error", error.length() > 2000 ? error.substring(0, 2000) : error);
    return update.map(JobStore::toRun).one();
  }

  public Mono<Run> run(String runId) {
    return db.sql("SELECT * FROM runs WHERE run_id = :runId")
        .bind("runId", runId)
        .map(JobStore::toRun)
        .one();
  }

  /** The runs still waiting for their report, the oldest requested first. */
  public Flux<Run> openRuns() {
    return db.sql("SELECT * FROM runs WHERE status = 'REQUESTED' ORDER BY requested_at, run_id")
        .map(JobStore::toRun)
        .all();
  }

  /** A job's runs, the latest requested first. */
  public Flux<Run> runs(String job, int limit) {
    return db.sql(
            "SELECT * FROM runs WHERE job_name = :job"
                + " ORDER BY requested_at DESC, run_id DESC LIMIT :limit")
        .bind("job", job)
        .bind("limit", limit)
        .map(JobStore::toRun)
        .all();
  }

  /** Each job's latest requested run. */
  public Flux<Run> lastRuns() {
    return db.sql(
            "SELECT DISTINCT ON (job_name) * FROM runs"
                + " ORDER BY job_name, requested_at DESC, run_id DESC")
        .map(JobStore::toRun)
        .all();
  }

  private static JobRow toJob(Readable row) {
    return new JobRow(
        row.get("name", String.class),
        instant(row, "registered_at"),
        Boolean.TRUE.equals(row.get("paused", Boolean.class)),
        row.get("cron_override", String.class),
        row.get("parameters_override", String.class),
        row.get("enabled_override", Boolean.class),
        instant(row, "updated_at"),
        row.get("updated_by", String.class));
  }

  private static Run toRun(Readable row) {
    return new Run(
        row.get("run_id", String.class),
        row.get("job_name", String.class),
        row.get("target_service", String.class),
        instant(row, "scheduled_for"),
        instant(row, "requested_at"),
        row.get("requested_by", String.class),
        row.get("status", String.class),
        instant(row, "finished_at"),
        row.get("duration_ms", Long.class),
        row.get("counts", String.class),
        row.get("error", String.class),
        row.get("note", String.class));
  }

  private static Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
