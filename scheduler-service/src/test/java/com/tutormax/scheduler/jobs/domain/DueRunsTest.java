package com.tutormax.scheduler.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.scheduler.jobs.domain.DueRuns.Due;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DueRunsTest {

  private static final Duration GRACE = Duration.ofSeconds(60);

  private static JobDefinition job(String name) {
    return JobCatalogue.find(name).orElseThrow();
  }

  @Test
  void theCatalogueHasEveryJobOfIssue9WithItsTargetService() {
    Map<String, JobDefinition> jobs = JobCatalogue.byName();
    assertThat(jobs).hasSize(11);
    assertThat(jobs.get("churn-batch-rescore").targetService()).isEqualTo("churn-service");
    assertThat(jobs.get("model-training").targetService()).isEqualTo("training-service");
    assertThat(jobs.get("generation-live-tick").targetService()).isEqualTo("generation-service");
    assertThat(jobs.get("evaluation-daily-rollup").targetService()).isEqualTo("evaluation-service");
    assertThat(jobs.get("reschedule-pattern-alerts").targetService()).isEqualTo("churn-service");
    assertThat(jobs.values()).allMatch(JobDefinition::enabled);
    assertThat(jobs.get("feedback-reminders").parameters())
        .containsEntry("minAgeHours", "24")
        .containsEntry("maxAgeHours", "48");
  }

  @Test
  void cronTimesAreUtc() {
    Instant from = Instant.parse("2026-03-02T00:00:00Z"); // a Monday
    assertThat(job("model-training").nextAfter(from)).isEqualTo("2026-03-02T02:00:00Z");
    assertThat(job("evaluation-daily-rollup").nextAfter(from)).isEqualTo("2026-03-03T00:00:00Z");
    assertThat(job("generation-live-tick").nextAfter(Instant.parse("2026-03-02T10:07:00Z")))
        .isEqualTo("2026-03-02T10:15:00Z");
    assertThat(job("first-session-checkins").nextAfter(Instant.parse("2026-03-02T10:07:00Z")))
        .isEqualTo("2026-03-02T10:30:00Z");
    assertThat(job("manager-weekly-digest").nextAfter(from)).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(job("manager-weekly-digest").nextAfter(Instant.parse("2026-03-02T09:00:00Z")))
        .isEqualTo("2026-03-09T09:00:00Z");
    assertThat(job("audit-log-retention").nextAfter(from)).isEqualTo("2026-03-02T03:30:00Z");
  }

  @Test
  void onTimeRunsAreDueOnceEachWithDeterministicIds() {
    JobDefinition tick = job("generation-live-tick");
    List<Due> due =
        DueRuns.due(
            tick,
            Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T10:15:05Z"),
            GRACE);
    assertThat(due)
        .containsExactly(
            new Due(
                "generation-live-tick@2026-03-02T10:15:00Z",
                "generation-live-tick",
                Instant.parse("2026-03-02T10:15:00Z"),
                false));
    // computed again after that run was requested: nothing more
    assertThat(
            DueRuns.due(
                tick,
                Instant.parse("2026-03-02T10:15:00Z"),
                Instant.parse("2026-03-02T10:15:10Z"),
                GRACE))
        .isEmpty();
    // a cron time exactly at now is due
    assertThat(
            DueRuns.due(
                tick,
                Instant.parse("2026-03-02T10:15:00Z"),
                Instant.parse("2026-03-02T10:30:00Z"),
                GRACE))
        .extracting(Due::runId)
        .containsExactly("generation-live-tick@2026-03-02T10:30:00Z");
  }

  @Test
  void aDayOfTicksOfAnAcceleratedClockSeesEveryCronTimeOnce() {
    JobDefinition checkins = job("first-session-checkins");
    Instant after = Instant.parse("2026-03-02T00:00:00Z");
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (Instant now = after; now.isBefore(Instant.parse("2026-03-03T00:00:00Z")); ) {
      now = now.plusSeconds(20);
      for (Due d : DueRuns.due(checkins, after, now, GRACE)) {
        assertThat(ids.add(d.runId())).as(d.runId()).isTrue();
        after = d.scheduledFor();
      }
    }
    assertThat(ids).hasSize(48).contains("first-session-checkins@2026-03-02T00:30:00Z");
    assertThat(ids).last().isEqualTo("first-session-checkins@2026-03-03T00:00:00Z");
  }

  @Test
  void runOnceCatchesUpWithOneRunForTheLatestMissedTime() {
    JobDefinition reminders = job("feedback-reminders"); // hourly, RUN_ONCE
    List<Due> due =
        DueRuns.due(
            reminders,
            Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T13:20:00Z"),
            GRACE);
    assertThat(due)
        .containsExactly(
            new Due(
                "feedback-reminders@2026-03-02T13:00:00Z",
                "feedback-reminders",
                Instant.parse("2026-03-02T13:00:00Z"),
                true));
  }

  @Test
  void runOnceWithAnOnTimeRunDropsTheOlderMissedOnes() {
    List<Due> due =
        DueRuns.due(
            job("feedback-reminders"),
            Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T13:00:30Z"),
            GRACE);
    assertThat(due)
        .extracting(Due::runId, Due::catchUp)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("feedback-reminders@2026-03-02T13:00:00Z", false));
  }

  @Test
  void skipDropsMissedTimesAndKeepsOnesWithinGrace() {
    JobDefinition sla = job("intervention-sla-check"); // hourly, SKIP
    assertThat(
            DueRuns.due(
                sla,
                Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T13:20:00Z"),
                GRACE))
        .isEmpty();
    // a leader that took over 25 s late still runs the 13:00 check
    assertThat(
            DueRuns.due(
                sla,
                Instant.parse("2026-03-02T12:00:00Z"),
                Instant.parse("2026-03-02T13:00:25Z"),
                GRACE))
        .extracting(Due::runId)
        .containsExactly("intervention-sla-check@2026-03-02T13:00:00Z");
  }

  @Test
  void runIds() {
    assertThat(DueRuns.runId("model-training", Instant.parse("2026-03-02T02:00:00Z")))
        .isEqualTo("model-training@2026-03-02T02:00:00Z");
    assertThat(DueRuns.manualRunId("model-training", Instant.parse("2026-03-02T08:01:02.345Z")))
        .isEqualTo("model-training@2026-03-02T08:01:02.345Z/manual");
  }

  @Test
  void anOverrideKeepsTheJobAndRejectsABadCron() {
    JobDefinition training = job("model-training");
    JobDefinition moved = training.with("0 0 4 * * *", Map.of("k", "v"), false);
    assertThat(moved.nextAfter(Instant.parse("2026-03-02T00:00:00Z")))
        .isEqualTo("2026-03-02T04:00:00Z");
    assertThat(moved.enabled()).isFalse();
    assertThat(moved.targetService()).isEqualTo("training-service");
    assertThatThrownBy(() -> training.with("not a cron", Map.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDefaultCronParsesAndFires() {
    Set<String> names =
        JobCatalogue.defaults().stream().map(JobDefinition::name).collect(Collectors.toSet());
    assertThat(names).hasSize(11);
    JobCatalogue.defaults()
        .forEach(j -> assertThat(j.nextAfter(Instant.parse("2026-03-02T00:00:00Z"))).isNotNull());
  }
}
