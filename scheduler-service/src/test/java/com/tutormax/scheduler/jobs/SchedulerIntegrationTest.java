package com.tutormax.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.Topics;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.scheduler.jobs.config.SchedulerProperties;
import com.tutormax.scheduler.jobs.domain.JobCatalogue;
import com.tutormax.scheduler.jobs.domain.JobDefinition;
import com.tutormax.scheduler.jobs.service.LeaderTicker;
import com.tutormax.scheduler.jobs.service.Scheduling;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler on real PostgreSQL, Redis and Kafka with an accelerated clock: two scheduler
 * instances (each with its own Redis lock registry, as two processes would have) tick through a
 * night and a morning and every job is requested exactly at its cron times, once; two schedulers
 * ticking without the lock still request each run once; a leader killed without releasing the lock
 * is replaced within the lease and the new leader catches up per policy; trigger-now records one
 * run with the admin as requester; JobFinished closes runs, a failed one counted.
 */
@ServiceIntegrationTest
@Import(SchedulerIntegrationTest.AcceleratedClock.class)
class SchedulerIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));

    void set(Instant instant) {
      now.set(instant);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class AcceleratedClock {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @Autowired MovableClock clock;
  @Autowired Scheduling scheduling;
  @Autowired SchedulerProperties properties;
  @Autowired RedisConnectionFactory redis;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired MeterRegistry meters;
  @Autowired EventCounters counters;

  private final List<LeaderTicker> tickers = new ArrayList<>();
  private final List<RedisLockRegistry> registries = new ArrayList<>();
  private final String lockKey = "scheduler-test-" + UUID.randomUUID();

  @AfterEach
  void stopTickers() {
    tickers.forEach(LeaderTicker::stop);
    registries.forEach(RedisLockRegistry::destroy);
  }

  /** Another scheduler instance: its own lock registry (its own Redis client id) and thread. */
  private LeaderTicker instance(String name, Duration lease) {
    RedisLockRegistry registry = new RedisLockRegistry(redis, lockKey, lease.toMillis());
    registries.add(registry);
    LeaderTicker ticker = new LeaderTicker(registry, scheduling, properties, name);
    tickers.add(ticker);
    return ticker;
  }

  /** No runs, every job registered at {@code at} and running. */
  private void resetAt(Instant at) {
    clock.set(at);
    scheduling.register().block(WAIT);
    db.sql("DELETE FROM runs").fetch().rowsUpdated().block(WAIT);
    db.sql("UPDATE jobs SET registered_at = :at, paused = false")
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .fetch()
        .rowsUpdated()
        .block(WAIT);
  }

  /** Each job's cron times in (from, to], as run ids: computed independently of the scheduler. */
  private static Set<String> cronTimes(Instant from, Instant to) {
    Set<String> ids = new TreeSet<>();
    for (JobDefinition job : JobCatalogue.defaults()) {
      var cron = org.springframework.scheduling.support.CronExpression.parse(job.cron());
      var t = cron.next(from.atZone(ZoneOffset.UTC));
      while (!t.toInstant().isAfter(to)) {
        ids.add(job.name() + "@" + t.toInstant());
        t = cron.next(t);
      }
    }
    return ids;
  }

  private Set<String> scheduledRunIds() {
    return new TreeSet<>(
        db.sql("SELECT run_id FROM runs WHERE requested_by = 'schedule'")
            .map(r -> r.get("run_id", String.class))
            .all()
            .collectList()
            .block(WAIT));
  }

  private long requestsInOutbox(Set<String> runIds) {
    return db.sql("SELECT count(*) AS n FROM outbox WHERE topic = :topic AND event_key = ANY(:ids)")
        .bind("topic", Topics.JOB_REQUESTS)
        .bind("ids", runIds.toArray(String[]::new))
        .map(r -> r.get("n", Long.class))
        .one()
        .block(WAIT);
  }

  @Test
  void twoSchedulersRequestEveryJobAtItsCronTimesExactlyOnce() throws Exception {
    Instant start = Instant.parse("2030-01-06T23:50:00Z"); // a Sunday night
    Instant end = Instant.parse("2030-01-07T09:05:00Z"); // Monday, after the weekly digest
    resetAt(start);
    LeaderTicker a = instance("a", Duration.ofSeconds(10));
    LeaderTicker b = instance("b", Duration.ofSeconds(10));

    List<String> requested = new ArrayList<>();
    while (clock.instant().isBefore(end)) {
      clock.advance(Duration.ofSeconds(60));
      CompletableFuture<List<String>> fromA = CompletableFuture.supplyAsync(a::tickNow);
      CompletableFuture<List<String>> fromB = CompletableFuture.supplyAsync(b::tickNow);
      List<String> ra = fromA.get();
      List<String> rb = fromB.get();
      assertThat(ra == null || rb == null).as("one leader per tick").isTrue();
      if (ra != null) {
        requested.addAll(ra);
      }
      if (rb != null) {
        requested.addAll(rb);
      }
    }
    Set<String> expected = cronTimes(start, end);
    // 37 live ticks, 19 check-ins, 10 reminders, 10 SLA checks, and 7 daily/weekly jobs
    assertThat(expected).hasSize(83);
    assertThat(requested).hasSize(83);
    assertThat(new TreeSet<>(requested)).isEqualTo(expected);
    assertThat(scheduledRunIds()).isEqualTo(expected);
    assertThat(requestsInOutbox(expected)).isEqualTo(83);
    assertThat(expected)
        .contains(
            "model-training@2030-01-07T02:00:00Z",
            "evaluation-daily-rollup@2030-01-07T00:00:00Z",
            "churn-batch-rescore@2030-01-07T00:00:00Z",
            "manager-weekly-digest@2030-01-07T09:00:00Z",
            "generation-live-tick@2030-01-07T08:45:00Z");

    // Nothing reported the rollup finished: the re-score waited for it the bounded 30 min.
    assertThat(requestedAt("churn-batch-rescore@2030-01-07T00:00:00Z"))
        .isEqualTo("2030-01-07T00:30:00Z");
    assertThat(requestedAt("evaluation-daily-rollup@2030-01-07T00:00:00Z"))
        .isEqualTo("2030-01-07T00:00:00Z");

    // Two leaders at once (no lock at all): still one request per run.
    Instant later = Instant.parse("2030-01-07T09:35:00Z");
    while (clock.instant().isBefore(later)) {
      clock.advance(Duration.ofSeconds(30));
      CompletableFuture<List<String>> one =
          CompletableFuture.supplyAsync(() -> scheduling.tick().block(WAIT));
      CompletableFuture<List<String>> two =
          CompletableFuture.supplyAsync(() -> scheduling.tick().block(WAIT));
      requested.addAll(one.get());
      requested.addAll(two.get());
    }
    Set<String> all = cronTimes(start, later);
    assertThat(all).hasSize(83 + 2 + 1); // 09:15 and 09:30 ticks, 09:30 check-in
    assertThat(requested).hasSize(all.size()).doesNotHaveDuplicates();
    assertThat(scheduledRunIds()).isEqualTo(all);
    assertThat(requestsInOutbox(all)).isEqualTo(all.size());

    // Published to the job-requests topic by the outbox relay.
    TopicProbe.awaitAll(
        Topics.JOB_REQUESTS, WAIT, r -> r.key() != null && all.contains(r.key()), all.size());
  }

  @Test
  void aKilledLeaderIsReplacedWithinItsLeaseAndMissedRunsFollowEachPolicy() {
    Instant start = Instant.parse("2030-02-03T10:00:30Z");
    resetAt(start);
    Duration lease = Duration.ofSeconds(3);
    LeaderTicker a = instance("a", lease);
    LeaderTicker b = instance("b", lease);
    assertThat(a.tickNow()).isEmpty();
    assertThat(a.isLeader()).isTrue();
    assertThat(b.tickNow()).isNull();

    a.crash(); // kill -9: the lock is not released
    clock.set(Instant.parse("2030-02-03T12:20:00Z"));
    long died = System.nanoTime();
    List<String> caughtUp = null;
    while (caughtUp == null) {
      assertThat(Duration.ofNanos(System.nanoTime() - died)).isLessThan(Duration.ofSeconds(30));
      caughtUp = b.tickNow();
      if (caughtUp == null) {
        sleep(200);
      }
    }
    Duration handover = Duration.ofNanos(System.nanoTime() - died);
    assertThat(handover)
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2))
        .isLessThan(Duration.ofSeconds(30));
    assertThat(b.isLeader()).isTrue();
    // RUN_ONCE jobs catch up with one run for their latest missed time; SKIP jobs (the live tick,
    // the SLA check) drop theirs.
    assertThat(caughtUp)
        .containsExactlyInAnyOrder(
            "feedback-reminders@2030-02-03T12:00:00Z",
            "first-session-checkins@2030-02-03T12:00:00Z");
    assertThat(b.tickNow()).isEmpty();
  }

  @Test
  void triggerNowRecordsOneRunAndJobFinishedClosesRuns() {
    resetAt(Instant.parse("2030-03-04T08:00:00Z"));
    String admin = "admin-" + UUID.randomUUID();
    String adminToken = TestTokens.token(admin, Duration.ofMinutes(10), null, "ADMIN");

    JsonNode run =
        JSON.readTree(
            web.post()
                .uri("/api/scheduler/jobs/model-training/trigger")
                .headers(h -> h.setBearerAuth(adminToken))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    String runId = run.path("runId").asString();
    assertThat(runId).isEqualTo("model-training@2030-03-04T08:00:00Z/manual");
    assertThat(run.path("requestedBy").asString()).isEqualTo(admin + "@tutormax.test");
    assertThat(run.path("status").asString()).isEqualTo("REQUESTED");
    assertThat(requestsInOutbox(Set.of(runId))).isEqualTo(1);
    TopicProbe.await(Topics.JOB_REQUESTS, WAIT, r -> runId.equals(r.key()));
    // the same second again is the same run: not requested twice
    web.post()
        .uri("/api/scheduler/jobs/model-training/trigger")
        .headers(h -> h.setBearerAuth(adminToken))
        .exchange()
        .expectStatus()
        .isAccepted();
    assertThat(requestsInOutbox(Set.of(runId))).isEqualTo(1);
    web.post()
        .uri("/api/scheduler/jobs/no-such-job/trigger")
        .headers(h -> h.setBearerAuth(adminToken))
        .exchange()
        .expectStatus()
        .isNotFound();

    JobFinished done =
        new JobFinished(
            runId,
            "model-training",
            "training-service",
            JobFinished.Outcome.SUCCEEDED,
            1234,
            Map.of("models", 3L),
            null,
            clock.instant());
    publisher.publish(done).block(WAIT);
    publisher.publish(done).block(WAIT); // a second report changes nothing
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              JsonNode runs = get("/api/scheduler/jobs/model-training/runs", "OPS_MANAGER");
              assertThat(runs.size()).isEqualTo(1);
              assertThat(runs.get(0).path("status").asString()).isEqualTo("SUCCEEDED");
              assertThat(runs.get(0).path("durationMillis").asLong()).isEqualTo(1234);
              assertThat(runs.get(0).path("counts").path("models").asLong()).isEqualTo(3);
              assertThat(runs.get(0).path("requestedBy").asString())
                  .isEqualTo(admin + "@tutormax.test");
            });

    // A failed run: recorded with its error, counted per job and in the heartbeat figures.
    String failedId =
        scheduling.trigger("churn-batch-rescore", "ops@tutormax.test").block(WAIT).runId();
    long failedBefore = counters.failedCount();
    double failedRescores = failedCount("churn-batch-rescore");
    publisher
        .publish(
            new JobFinished(
                failedId,
                "churn-batch-rescore",
                "churn-service",
                JobFinished.Outcome.FAILED,
                15,
                Map.of(),
                "database down",
                clock.instant()))
        .block(WAIT);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              JsonNode runs = get("/api/scheduler/jobs/churn-batch-rescore/runs", "ADMIN");
              assertThat(runs.get(0).path("status").asString()).isEqualTo("FAILED");
              assertThat(runs.get(0).path("error").asString()).isEqualTo("database down");
              assertThat(failedCount("churn-batch-rescore")).isEqualTo(failedRescores + 1);
              assertThat(counters.failedCount()).isEqualTo(failedBefore + 1);
            });

    // The list: every job with its next run and its last one.
    JsonNode jobs = get("/api/scheduler/jobs", "OPS_MANAGER");
    assertThat(jobs.size()).isEqualTo(11);
    JsonNode training = find(jobs, "model-training");
    assertThat(training.path("targetService").asString()).isEqualTo("training-service");
    assertThat(training.path("nextRunAt").asString()).isEqualTo("2030-03-05T02:00:00Z");
    assertThat(training.path("lastRun").path("runId").asString()).isEqualTo(runId);
    assertThat(find(jobs, "manager-weekly-digest").path("nextRunAt").asString())
        .isEqualTo("2030-03-04T09:00:00Z");

    // Paused: no scheduled run at 09:00; resumed: the next one runs.
    JsonNode paused = post("/api/scheduler/jobs/manager-weekly-digest/pause", adminToken);
    assertThat(paused.path("paused").asBoolean()).isTrue();
    assertThat(paused.path("nextRunAt").isNull() || paused.path("nextRunAt").isMissingNode())
        .isTrue();
    clock.set(Instant.parse("2030-03-04T09:00:10Z"));
    assertThat(scheduling.tick().block(WAIT))
        .doesNotContain("manager-weekly-digest@2030-03-04T09:00:00Z");
    JsonNode resumed = post("/api/scheduler/jobs/manager-weekly-digest/resume", adminToken);
    assertThat(resumed.path("paused").asBoolean()).isFalse();
    assertThat(scheduling.tick().block(WAIT))
        .contains("manager-weekly-digest@2030-03-04T09:00:00Z");
    web.get()
        .uri("/api/scheduler/jobs/model-training/runs?limit=0")
        .headers(h -> h.setBearerAuth(adminToken))
        .exchange()
        .expectStatus()
        .isEqualTo(422);
  }

  @Test
  void theRescoreWaitsForTheRollupAndRunsWithNoReportTimeOut() {
    resetAt(Instant.parse("2030-04-01T23:59:30Z"));
    String rollup = "evaluation-daily-rollup@2030-04-02T00:00:00Z";
    String rescore = "churn-batch-rescore@2030-04-02T00:00:00Z";
    clock.set(Instant.parse("2030-04-02T00:00:05Z"));
    assertThat(scheduling.tick().block(WAIT)).contains(rollup).doesNotContain(rescore);
    clock.set(Instant.parse("2030-04-02T00:10:00Z"));
    assertThat(scheduling.tick().block(WAIT)).doesNotContain(rescore);

    // The rollup reports: the re-score follows at the next tick, with nothing to note.
    publisher
        .publish(
            new JobFinished(
                rollup,
                "evaluation-daily-rollup",
                "evaluation-service",
                JobFinished.Outcome.SUCCEEDED,
                700,
                Map.of("daysClosed", 1L),
                null,
                clock.instant()))
        .block(WAIT);
    await().atMost(WAIT).until(() -> "SUCCEEDED".equals(column(rollup, "status")));
    clock.set(Instant.parse("2030-04-02T00:10:05Z"));
    assertThat(scheduling.tick().block(WAIT)).contains(rescore);
    assertThat(column(rescore, "note")).isNull();

    // The next night nobody reports the rollup: the re-score waits 30 min, then goes, noted.
    String rollup2 = "evaluation-daily-rollup@2030-04-03T00:00:00Z";
    String rescore2 = "churn-batch-rescore@2030-04-03T00:00:00Z";
    clock.set(Instant.parse("2030-04-03T00:00:05Z"));
    assertThat(scheduling.tick().block(WAIT)).contains(rollup2).doesNotContain(rescore2);
    clock.set(Instant.parse("2030-04-03T00:29:59Z"));
    assertThat(scheduling.tick().block(WAIT)).doesNotContain(rescore2);
    clock.set(Instant.parse("2030-04-03T00:30:05Z"));
    assertThat(scheduling.tick().block(WAIT)).contains(rescore2);
    assertThat(column(rescore2, "note"))
        .contains("evaluation-daily-rollup had not finished after 30 min");
    JsonNode shown = get("/api/scheduler/jobs/churn-batch-rescore/runs", "ADMIN").get(0);
    assertThat(shown.path("note").asString()).contains("requested anyway");

    // Still no report two hours after it was requested: the rollup is closed as timed out.
    double failedBefore = failedCount("evaluation-daily-rollup");
    clock.set(Instant.parse("2030-04-03T02:00:04Z"));
    scheduling.tick().block(WAIT);
    assertThat(column(rollup2, "status")).isEqualTo("REQUESTED");
    clock.set(Instant.parse("2030-04-03T02:00:05Z"));
    scheduling.tick().block(WAIT);
    assertThat(column(rollup2, "status")).isEqualTo("FAILED");
    assertThat(column(rollup2, "error")).isEqualTo("timed out");
    assertThat(failedCount("evaluation-daily-rollup")).isEqualTo(failedBefore + 1);
    // Model training may take 6 h: requested at 02:00:04, still running at 04:00:05.
    clock.set(Instant.parse("2030-04-03T04:00:05Z"));
    scheduling.tick().block(WAIT);
    assertThat(column("model-training@2030-04-03T02:00:00Z", "status")).isEqualTo("REQUESTED");
    assertThat(column(rescore2, "status")).isEqualTo("FAILED");
    // A late report changes nothing: the run stays timed out.
    publisher
        .publish(
            new JobFinished(
                rollup2,
                "evaluation-daily-rollup",
                "evaluation-service",
                JobFinished.Outcome.SUCCEEDED,
                1,
                Map.of(),
                null,
                clock.instant()))
        .block(WAIT);
    TopicProbe.await(Topics.JOB_RESULTS, WAIT, r -> rollup2.equals(r.key()));
    await()
        .pollDelay(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> "FAILED".equals(column(rollup2, "status")));
  }

  private double failedCount(String job) {
    return meters.counter("tutormax.scheduler.runs.failed", "job", job).count();
  }

  private String requestedAt(String runId) {
    return db.sql("SELECT requested_at FROM runs WHERE run_id = :id")
        .bind("id", runId)
        .map(r -> r.get("requested_at", java.time.OffsetDateTime.class).toInstant().toString())
        .one()
        .block(WAIT);
  }

  private String column(String runId, String column) {
    return db.sql("SELECT CAST(" + column + " AS text) AS v FROM runs WHERE run_id = :id")
        .bind("id", runId)
        .map(r -> java.util.Optional.ofNullable(r.get("v", String.class)))
        .one()
        .block(WAIT)
        .orElse(null);
  }

  private static JsonNode find(JsonNode jobs, String name) {
    for (JsonNode job : jobs) {
      if (name.equals(job.path("name").asString())) {
        return job;
      }
    }
    throw new AssertionError("no job " + name + " in " + jobs);
  }

  private JsonNode get(String uri, String role) {
    String token = TestTokens.forRoles(role);
    return JSON.readTree(
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody());
  }

  private JsonNode post(String uri, String token) {
    return JSON.readTree(
        web.post()
            .uri(uri)
            .headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
