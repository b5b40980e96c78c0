package com.tutormax.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.TestFleets;
import com.tutormax.infra.launcher.Fleet;
import com.tutormax.infra.launcher.FleetOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: a 90-day backfill (~270k sessions plus feedback, students and activity)
 * from the generator through Kafka into api-service's store, on the local fleet. Prints sessions
 * per second end to end and every process's peak memory. Not part of `verify`; run it with {@code
 * ./mvnw -B -ntp verify -Pbenchmark} (see docs/benchmarks.md).
 */
class BackfillBenchmark {

  static final int DAYS = Integer.getInteger("benchmark.days", 90);
  static final Duration TARGET = Duration.ofSeconds(60);

  @Test
  void ninetyDaysOfHistoryAreStoredWithinAMinute() throws Exception {
    FleetOptions options =
        TestFleets.options(
            "benchmark", Map.of("GENERATION_AUTO_START", "false", "LOG_LEVEL", "WARNING"));
    try (Fleet fleet = Fleet.start(options, line -> System.out.println("[benchmark] " + line))) {
      FleetApi api = new FleetApi(fleet);
      BackfillRun run = new BackfillRun(api);
      Instant start = Instant.now();
      api.post("/api/generation/backfill", "{\"days\": " + DAYS + "}");
      BackfillRun.await("the generator to finish", Duration.ofMinutes(10), run::historyComplete);
      Duration generated = Duration.between(start, Instant.now());
      Map<String, Long> published = run.published();
      Map<String, Long> records = run.publishedRecords();
      BackfillRun.await(
          "the store to catch up", Duration.ofMinutes(10), () -> run.stored().equals(records));
      Duration stored = Duration.between(start, Instant.now());

      long sessions = published.get("SessionRecorded");
      long events = published.values().stream().mapToLong(Long::longValue).sum();
      double seconds = stored.toMillis() / 1000.0;
      System.out.printf(
          "%n=== Backfill benchmark: %d days ===%n"
              + "published: %s%n"
              + "generator done after %.1f s; all %d events stored after %.1f s%n"
              + "end to end: %.0f sessions/s, %.0f events/s%n"
              + "peak RSS (MB): %s%n%n",
          DAYS,
          published,
          generated.toMillis() / 1000.0,
          events,
          seconds,
          sessions / seconds,
          events / seconds,
          ProcessMemory.peakMegabytes(fleet.recordedPids()));
      assertThat(stored).as("90 days stored end to end").isLessThanOrEqualTo(TARGET);
    } finally {
      TestFleets.deleteData(options);
    }
  }
}
