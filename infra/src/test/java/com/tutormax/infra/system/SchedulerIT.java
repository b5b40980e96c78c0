package com.tutormax.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.TestFleets;
import com.tutormax.infra.launcher.Fleet;
import com.tutormax.infra.launcher.FleetOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.scheduling.support.CronExpression;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 on a fleet: the scheduler's clock runs {@value #SPEED} times real time from a Sunday
 * 22:00, so twelve hours (to Monday 10:00) pass in about three and a half minutes and every job of
 * the catalogue comes due, the Monday digest included. Each job is requested exactly once at each
 * of its cron times and finished, SUCCEEDED, by the service that owns it; "trigger now" runs a job
 * once more and records who asked. Only the scheduler's clock is fast; the services work on real
 * time and real data (a short backfill, then live).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulerIT {

  static final Instant START = Instant.parse("2026-11-29T22:00:00Z");
  static final int SPEED = 200;

  /** Checked from here: a scheduler that takes 18 s to register its jobs misses nothing of it. */
  static final Instant FROM = START.plus(Duration.ofHours(1));

  static final Instant TO = START.plus(Duration.ofHours(12));

  /** Who requested a run its cron asked for, in the run history (the scheduler's JobStore). */
  static final String BY_SCHEDULE = "schedule";

  private static FleetOptions options;
  private static Fleet fleet;
  private static FleetApi api;

  @BeforeAll
  static void startFleet() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("GENERATION_BACKFILL_DAYS", "3");
    environment.put("TUTORMAX_SCHEDULER_CLOCK_START", START.toString());
    environment.put("TUTORMAX_SCHEDULER_CLOCK_SPEED", Integer.toString(SPEED));
    // One tick every half second is 100 simulated seconds; a tick held up by the fleet's start
    // must not turn a due run into a missed one.
    environment.put("TUTORMAX_SCHEDULER_TICKINTERVAL", "500ms");
    environment.put("TUTORMAX_SCHEDULER_GRACE", "3h");
    // A run waits in Kafka while its service starts: not a timeout (2 simulated hours = 36 s).
    environment.put("TUTORMAX_SCHEDULER_RUNTIMEOUT", "100h");
    // The test reads eleven run histories several times a second.
    environment.put("TUTORMAX_GATEWAY_RATELIMIT_API_REPLENISHRATE", "1000");
    environment.put("TUTORMAX_GATEWAY_RATELIMIT_API_BURSTCAPACITY", "10000");
    options = TestFleets.options("scheduler-it", environment);
    fleet = Fleet.start(options, SchedulerIT::log);
    api = new FleetApi(fleet);
  }

  @AfterAll
  static void stopFleet() throws Exception {
    if (fleet != null) {
      fleet.close();
    }
    if (options != null) {
      TestFleets.deleteData(options);
    }
  }

  @Test
  @Order(1)
  void everyJobIsRequestedOnceAtEachCronTimeAndFinishedByItsService() throws Exception {
    JsonNode jobs = api.get("/api/scheduler/jobs");
    assertThat(jobs.size()).isGreaterThanOrEqualTo(11);
    Map<String, List<Instant>> expected = new LinkedHashMap<>();
    for (JsonNode job : jobs) {
      expected.put(job.path("name").asString(), cronTimes(job.path("cron").asString()));
    }
    BackfillRun.await(
        "the scheduler's clock to pass " + TO,
        Duration.ofMinutes(8),
        () -> !scheduled("generation-live-tick", TO.minusSeconds(1)).isEmpty());
    BackfillRun.await(
        "every requested run to finish",
        Duration.ofMinutes(6),
        () -> unfinished(expected.keySet()).isEmpty());

    Map<String, String> summary = new TreeMap<>();
    for (Map.Entry<String, List<Instant>> job : expected.entrySet()) {
      List<JsonNode> runs = runsBetween(job.getKey());
      List<Instant> times = new ArrayList<>();
      for (JsonNode run : runs) {
        times.add(Instant.parse(run.path("scheduledFor").asString()));
        assertThat(run.path("status").asString())
            .as("%s %s", job.getKey(), run)
            .isEqualTo("SUCCEEDED");
        assertThat(run.path("requestedBy").asString()).isEqualTo(BY_SCHEDULE);
      }
      assertThat(times)
          .as("%s at its cron times %s", job.getKey(), job.getValue())
          .containsExactlyInAnyOrderElementsOf(job.getValue());
      summary.put(
          job.getKey(),
          runs.size() + " runs, last " + (runs.isEmpty() ? "-" : runs.get(0).path("counts")));
    }
    summary.forEach((job, line) -> log(job + ": " + line));
  }

  @Test
  @Order(2)
  void triggerNowRunsAJobOnceAndRecordsWhoAsked() throws Exception {
    JsonNode run = api.post("/api/scheduler/jobs/intervention-sla-check/trigger", "{}");
    String runId = run.path("runId").asString();
    assertThat(run.path("requestedBy").asString()).isEqualTo(fleet.adminLogin().email());
    BackfillRun.await(
        "the triggered run to finish",
        Duration.ofMinutes(2),
        () -> "SUCCEEDED".equals(run("intervention-sla-check", runId).path("status").asString()));
    long same =
        runs("intervention-sla-check").stream()
            .filter(r -> runId.equals(r.path("runId").asString()))
            .count();
    assertThat(same).isEqualTo(1);
  }

  /** The job's cron times in [FROM, TO), from its cron in the catalogue (UTC). */
  private static List<Instant> cronTimes(String cron) {
    CronExpression expression = CronExpression.parse(cron);
    List<Instant> times = new ArrayList<>();
    var t = expression.next(FROM.minusSeconds(1).atZone(ZoneOffset.UTC));
    while (t != null && t.toInstant().isBefore(TO)) {
      times.add(t.toInstant());
      t = expression.next(t);
    }
    return times;
  }

  private static List<JsonNode> runs(String job) {
    List<JsonNode> runs = new ArrayList<>();
    api.get("/api/scheduler/jobs/" + job + "/runs?limit=500").forEach(runs::add);
    return runs;
  }

  /** The job's scheduled runs for [FROM, TO), latest first. */
  private static List<JsonNode> runsBetween(String job) {
    return runs(job).stream()
        .filter(r -> !r.path("scheduledFor").isNull())
        .filter(r -> BY_SCHEDULE.equals(r.path("requestedBy").asString()))
        .filter(
            r -> {
              Instant at = Instant.parse(r.path("scheduledFor").asString());
              return !at.isBefore(FROM) && at.isBefore(TO);
            })
        .toList();
  }

  private static List<JsonNode> scheduled(String job, Instant notBefore) {
    return runs(job).stream()
        .filter(r -> !r.path("scheduledFor").isNull())
        .filter(r -> !Instant.parse(r.path("scheduledFor").asString()).isBefore(notBefore))
        .toList();
  }

  private static List<String> unfinished(Iterable<String> jobs) {
    List<String> open = new ArrayList<>();
    for (String job : jobs) {
      for (JsonNode r : runsBetween(job)) {
        if ("REQUESTED".equals(r.path("status").asString())) {
          open.add(r.path("runId").asString());
        }
      }
    }
    return open;
  }

  private static JsonNode run(String job, String runId) {
    return runs(job).stream()
        .filter(r -> runId.equals(r.path("runId").asString()))
        .findFirst()
        .orElseThrow();
  }

  private static void log(String line) {
    System.out.println("[scheduler-it] " + line);
  }
}
