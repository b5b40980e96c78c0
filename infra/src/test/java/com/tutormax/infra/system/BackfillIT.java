package com.tutormax.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.infra.TestFleets;
import com.tutormax.infra.launcher.Fleet;
import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.quality.QualityCheck;
import com.tutormax.infra.launcher.service.FleetService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher's first start backfills history through Kafka into api-service's store. Killing the
 * generator and api-service (kill -9) in the middle and starting them again ends with the store
 * holding exactly what the generator counts as published: nothing lost, nothing twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackfillIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  // Long enough for observed 30-day windows (a window's outcome is known 20 days after it ends):
  // rows from day 7 (minimum history), 30-day windows observed for as-of days up to DAYS - 49.
  static final int DAYS = 75;
  private static FleetOptions options;
  private static Fleet fleet;
  private static FleetApi api;
  private static BackfillRun run;

  @BeforeAll
  static void startFleet() throws Exception {
    options =
        TestFleets.options(
            "backfill-it",
            Map.of(
                "GENERATION_AUTO_START",
                "false",
                "GENERATION_BACKFILL_DAYS",
                Integer.toString(DAYS),
                // No job at its cron time (a 02:00 training would race the one triggered here);
                // "trigger now" still runs them.
                "TUTORMAX_SCHEDULER_TICKING",
                "false"));
    fleet = Fleet.start(options, BackfillIT::log);
    api = new FleetApi(fleet);
    run = new BackfillRun(api);
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
  void killedMidBackfillTheGeneratorAndTheStoreResumeToExactCounts() throws Exception {
    api.post("/api/generation/backfill", "{\"days\": " + DAYS + "}");
    BackfillRun.await(
        "a fifth of the backfill",
        Duration.ofSeconds(120),
        () -> run.status().path("run").path("progress").asDouble() >= 0.2);
    JsonNode atKill = run.status().path("run");
    log("killing generation-service and api-service at " + atKill);
    fleet.killHard(FleetService.GENERATION);
    fleet.killHard(FleetService.API);
    assertThat(atKill.path("progress").asDouble()).as("killed mid-backfill").isLessThan(1.0);
    fleet.restart(FleetService.GENERATION);
    fleet.restart(FleetService.API);
    fleet.awaitReady(FleetService.GENERATION, Duration.ofSeconds(150));
    fleet.awaitReady(FleetService.API, Duration.ofSeconds(150));

    BackfillRun.await("the whole history", Duration.ofMinutes(8), run::historyComplete);
    Map<String, Long> published = run.published();
    log("generator published " + published);
    BackfillRun.await(
        "the store to hold exactly the published records",
        Duration.ofMinutes(5),
        () -> run.stored().equals(run.publishedRecords()));
    assertThat(run.stored()).isEqualTo(run.publishedRecords());
    assertThat(published.get("SessionRecorded") / (double) DAYS).isCloseTo(3000, within(300.0));
  }

  @Test
  @Order(2)
  void statusAndGroundTruthAreForAdminsOnlyThroughTheGateway() throws Exception {
    assertThat(api.status("GET", "/api/generation/truth", null)).isEqualTo(401);
    assertThat(api.status("GET", "/api/generation/status", null)).isEqualTo(401);
    assertThat(api.status("POST", "/api/generation/live/start", null)).isEqualTo(401);
    assertThat(api.get("/api/generation/truth").size()).isGreaterThanOrEqualTo(300);
  }

  /**
   * evaluation-service follows the same backfill in event time: it closes the days, ranks the
   * active tutors into tiers near the PRD's shares, and detects every inactivity churn of the
   * generator's ground truth on its leave day (within a day).
   */
  @Test
  @Order(3)
  void evaluationClosesTheDaysRanksTiersAndFindsTheInactivityChurns() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    BackfillRun.await(
        "evaluation to close the backfilled days",
        Duration.ofMinutes(10),
        () -> {
          JsonNode tiers = api.get("/api/evaluation/tiers");
          String closed = tiers.path("closedThrough").asString(null);
          return closed != null && !LocalDate.parse(closed).isBefore(today.minusDays(3));
        });
    JsonNode tiers = api.get("/api/evaluation/tiers");
    log("tiers " + tiers);
    double total = tiers.path("total").asDouble();
    assertThat(total).isGreaterThan(200);
    Map<String, Double> targets =
        Map.of(
            "EXEMPLARY",
            10.0,
            "STRONG",
            40.0,
            "DEVELOPING",
            35.0,
            "NEEDS_ATTENTION",
            12.0,
            "AT_RISK",
            3.0);
    targets.forEach(
        (tier, target) ->
            assertThat(100 * tiers.path("tutors").path(tier).asDouble() / total)
                .as(tier + " share of " + tiers.path("tutors"))
                .isCloseTo(target, within(8.0)));

    LocalDate closedThrough = LocalDate.parse(tiers.path("closedThrough").asString());
    // Silence is counted from the first day evaluation knows: the backfill's first, or the join.
    LocalDate firstKnown = today.minusDays(DAYS);
    int checked = 0;
    for (JsonNode truth : api.get("/api/generation/truth")) {
      String left = truth.path("leftOn").asString(null);
      if (!"INACTIVITY".equals(truth.path("churnReason").asString(null))
          || left == null
          || LocalDate.parse(left).isAfter(closedThrough)
          || LocalDate.parse(left).isBefore(firstKnown.plusDays(16))
          || LocalDate.parse(left)
              .isBefore(LocalDate.parse(truth.path("joinedOn").asString()).plusDays(16))) {
        continue;
      }
      String tutor = truth.path("tutorId").asString();
      JsonNode evaluated = api.get("/api/evaluation/tutors/" + tutor + "/metrics");
      assertThat(evaluated.path("churnReason").asString(null))
          .as(tutor)
          .isEqualTo("NO_SESSIONS_14_DAYS");
      long off =
          Math.abs(
              java.time.temporal.ChronoUnit.DAYS.between(
                  LocalDate.parse(left), LocalDate.parse(evaluated.path("churnedOn").asString())));
      assertThat(off)
          .as(tutor + " detected " + evaluated.path("churnedOn") + ", left " + left)
          .isLessThanOrEqualTo(1);
      checked++;
    }
    log("inactivity churns checked against the ground truth: " + checked);
  }

  /**
   * churn-service follows the closed days: the tutors evaluation ranked (at least 95% of them: a
   * tutor detected as churned leaves the list) have a churn prediction as of the day after the last
   * closed day (or a later, provisional one), with its reasons.
   */
  @Test
  @Order(4)
  void churnScoresEveryRankedTutorAsOfTheLastClosedDay() throws Exception {
    JsonNode tiers = api.get("/api/evaluation/tiers");
    LocalDate asOf = LocalDate.parse(tiers.path("closedThrough").asString()).plusDays(1);
    int ranked = tiers.path("total").asInt();
    BackfillRun.await(
        "churn predictions as of " + asOf + " for the " + ranked + " ranked tutors",
        Duration.ofMinutes(3),
        () -> currentAsOf(asOf) >= 0.95 * ranked);
    Map<String, Integer> levels = new java.util.TreeMap<>();
    for (JsonNode item : api.get("/api/churn/at-risk?limit=500").path("items")) {
      levels.merge(item.path("riskLevel").asString(), 1, Integer::sum);
    }
    log("churn risk levels as of " + asOf + ": " + levels);
    logRuleScoreProfile(asOf);
    JsonNode top = api.get("/api/churn/at-risk?limit=1").path("items").get(0);
    assertThat(top.path("topFactor").path("description").asString()).isNotBlank();
  }

  /**
   * The ML loop end to end, as the nightly job runs it: the scheduler requests model-training (an
   * admin's "trigger now"), training-service trains on the history it consumed (closed days and
   * detected churns, never the generator's truth) and reports the run finished; every window's
   * outcome is reported, and a model it promotes is fetched and served by churn-service (the
   * window's probability and version show in a tutor's prediction); so is the first-session model.
   */
  @Test
  @Order(5)
  void theNightlyTrainingJobTrainsOnTheHistoryAndChurnServesWhatItPromotes() throws Exception {
    // The nightly job's path: the scheduler requests model-training, training runs it and reports.
    JsonNode job = api.post("/api/scheduler/jobs/model-training/trigger", "{}");
    String jobRun = job.path("runId").asString();
    BackfillRun.await(
        "the scheduler's model-training run " + jobRun + " to finish",
        Duration.ofMinutes(6),
        () ->
            !"REQUESTED".equals(schedulerRun("model-training", jobRun).path("status").asString()));
    JsonNode jobResult = schedulerRun("model-training", jobRun);
    log("scheduler run: " + jobResult);
    assertThat(jobResult.path("status").asString()).as(jobResult.toString()).isEqualTo("SUCCEEDED");
    JsonNode finished = api.get("/api/training/runs?limit=1").get(0);
    assertThat(finished.path("requestedBy").asString()).isEqualTo("scheduler");
    assertThat(jobResult.path("counts").path("rows").asInt())
        .isEqualTo(finished.path("rows").asInt());
    log("training run: " + finished.path("rows") + " rows, " + finished.path("summary"));
    assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
    JsonNode summary = JSON.readTree(finished.path("summary").asString());
    for (String window : List.of("1d", "7d", "30d", "90d")) {
      assertThat(summary.path(window).path("outcome").asString())
          .as(window)
          .isIn("PROMOTED", "NOT_PROMOTED", "SKIPPED");
    }
    // A fresh fleet has no champion: every window with observed outcomes gets one; 75 days of
    // history observe no 90-day window (it needs 90 + 20 days after the first row).
    for (String window : List.of("1d", "7d", "30d")) {
      assertThat(summary.path(window).path("outcome").asString())
          .as(window + ": " + summary.path(window))
          .isEqualTo("PROMOTED");
    }
    for (String window : List.of("1d", "7d", "30d", "90d")) {
      if (!"PROMOTED".equals(summary.path(window).path("outcome").asString())) {
        continue;
      }
      String version =
          api.get("/api/training/models/" + summary.path(window).path("modelId").asString())
              .path("version")
              .asString();
      String tutor =
          api.get("/api/churn/at-risk?limit=1").path("items").get(0).path("tutorId").asString();
      BackfillRun.await(
          "churn to serve the " + window + " model " + version,
          Duration.ofMinutes(2),
          () ->
              version.equals(
                  api.get("/api/churn/tutors/" + tutor)
                      .path("modelVersions")
                      .path(window)
                      .asString()));
      log("churn serves the " + window + " model " + version);
    }
    firstSessionsAreAssessedWithTheModelTrainingPromoted(summary.path("firstSession"));
  }

  /** One run of a scheduler job, from its run history (a missing node if not listed). */
  private static JsonNode schedulerRun(String job, String runId) {
    for (JsonNode r : api.get("/api/scheduler/jobs/" + job + "/runs?limit=20")) {
      if (runId.equals(r.path("runId").asString())) {
        return r;
      }
    }
    return JSON.missingNode();
  }

  /**
   * The first-session model reaches churn, and once live mode publishes today so far, today's
   * booked first sessions are assessed with it; a reminder only for a risk above 50% still ahead.
   */
  private static void firstSessionsAreAssessedWithTheModelTrainingPromoted(JsonNode outcome)
      throws Exception {
    assertThat(outcome.path("outcome").asString()).as(outcome.toString()).isEqualTo("PROMOTED");
    String model = outcome.path("modelId").asString();
    BackfillRun.await(
        "churn to serve the first-session model " + model,
        Duration.ofMinutes(2),
        () -> model.equals(api.get("/api/churn/first-session-model").path("modelId").asString()));
    api.post("/api/generation/live/start", "{}");
    Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    String scheduled = "/api/churn/first-sessions?limit=500&from=" + today;
    try {
      BackfillRun.await(
          "today's booked first sessions to be assessed with " + model,
          Duration.ofMinutes(3),
          () -> {
            JsonNode risks = api.get(scheduled);
            return risks.size() > 0 && model.equals(risks.get(0).path("modelId").asString());
          });
    } catch (AssertionError e) {
      JsonNode risks = api.get(scheduled);
      log("first sessions from " + today + ": " + risks.size() + ", first: " + risks.path(0));
      log("generator: " + api.get("/api/generation/status"));
      for (JsonNode service : api.get("/api/workers/stats").path("services")) {
        if ("churn-service".equals(service.path("name").asString())) {
          log("churn-service: " + service);
        }
      }
      throw e;
    }
    JsonNode risks = api.get(scheduled);
    int assessed = 0;
    int reminded = 0;
    for (JsonNode r : risks) {
      if (r.path("probability").isNumber()) {
        assessed++;
        assertThat(r.path("modelId").asString()).isEqualTo(model);
        assertThat(r.path("factors").size()).isBetween(1, 3);
      }
      if (r.path("reminded").asBoolean()) {
        reminded++;
        assertThat(r.path("probability").asDouble()).isGreaterThan(0.5);
        assertThat(Instant.parse(r.path("scheduledStart").asString()))
            .isAfter(Instant.parse(r.path("assessedAt").asString()));
      }
    }
    log(
        String.format(
            Locale.ROOT,
            "first sessions booked today: %d, assessed %d, preparation reminders %d; riskiest %.2f"
                + " (%s)",
            risks.size(),
            assessed,
            reminded,
            risks.get(0).path("probability").asDouble(),
            risks.get(0).path("factors")));
  }

  /**
   * The quality report (what {@code ./tutormax quality} prints) shows each champion against the
   * targets and the early-warning figure measured against the generator's ground truth.
   */
  @Test
  @Order(6)
  void theQualityReportShowsTheChampionsAgainstTheTargets() throws Exception {
    QualityCheck check = new QualityCheck(fleet.gatewayUrl(), fleet.adminLogin());
    String report = check.report();
    log("quality report:\n" + report);
    assertThat(report).contains("30-day window: churn-30d-", "AUC-ROC >= 0.85 (PRD)");
    JsonNode quality = api.get("/api/training/quality");
    assertThat(quality.path("withoutChampion").toString()).isEqualTo("[90]");
  }

  /**
   * Everything the fleet produced on the way (records, days, scores, recommendations, models) was
   * taken by its consumers: no dead-letter topic holds a record. (A column too narrow for churn's
   * intervention types once dead-lettered most recommendations unnoticed.)
   */
  @Test
  @Order(7)
  void nothingWasDeadLettered() throws Exception {
    Map<String, Long> deadLettered = DeadLetters.count(fleet.backingUrls().kafkaBootstrapServers());
    log("dead-letter topics: " + deadLettered);
    assertThat(deadLettered.values()).allMatch(n -> n == 0);
  }

  /**
   * How the rule score spreads over the fleet as of {@code asOf}: how often each pattern flag is
   * raised, each component's and the score's quartiles, and the mean score and high+critical share
   * of the tutors the generator's ground truth sends away within 30 days against the others (for
   * calibrating the rules: docs/churn-rules.md).
   */
  private static void logRuleScoreProfile(LocalDate asOf) {
    Map<String, LocalDate> plannedChurn = new java.util.HashMap<>();
    JsonNode truths = paced("/api/generation/truth");
    for (JsonNode truth : truths) {
      String planned = truth.path("plannedChurnOn").asString(null);
      if (planned != null) {
        plannedChurn.put(truth.path("tutorId").asString(), LocalDate.parse(planned));
      }
    }
    Map<String, Integer> flags = new java.util.TreeMap<>();
    Map<String, List<Double>> values = new java.util.TreeMap<>();
    double[] sum = new double[2];
    int[] count = new int[2];
    int[] high = new int[2];
    int tutors = 0;
    for (JsonNode item : paced("/api/churn/at-risk?limit=500").path("items")) {
      String tutor = item.path("tutorId").asString();
      JsonNode p = paced("/api/churn/tutors/" + tutor);
      tutors++;
      p.path("flags").forEach(f -> flags.merge(f.asString(), 1, Integer::sum));
      p.path("components")
          .properties()
          .forEach(
              e ->
                  values
                      .computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                      .add(e.getValue().asDouble()));
      double score = p.path("ruleScore").asDouble();
      values.computeIfAbsent("score", k -> new java.util.ArrayList<>()).add(score);
      LocalDate leaves = plannedChurn.get(tutor);
      int group = leaves != null && !leaves.isAfter(asOf.plusDays(30)) ? 1 : 0;
      sum[group] += score;
      count[group]++;
      high[group] += score > 50 ? 1 : 0;
    }
    StringBuilder quartiles = new StringBuilder();
    values.forEach(
        (key, list) -> {
          list.sort(null);
          quartiles.append(String.format(Locale.ROOT, " %s=%s", key, quartiles(list)));
        });
    log("rule flags raised (of " + tutors + " tutors): " + flags);
    log("rule components and score, min/q1/median/q3/max:" + quartiles);
    log(
        String.format(
            Locale.ROOT,
            "rule score of tutors churning within 30 days (truth): n=%d mean=%.1f high+=%d;"
                + " others: n=%d mean=%.1f high+=%d",
            count[1],
            count[1] == 0 ? Double.NaN : sum[1] / count[1],
            high[1],
            count[0],
            count[0] == 0 ? Double.NaN : sum[0] / count[0],
            high[0]));
  }

  /** A GET under the gateway's rate limit (20 a second): paced, and retried after a 429. */
  private static JsonNode paced(String path) {
    for (int attempt = 1; ; attempt++) {
      sleepQuietly(80);
      try {
        return api.get(path);
      } catch (IllegalStateException e) {
        if (attempt >= 5 || !e.getMessage().contains("-> 429")) {
          throw e;
        }
        sleepQuietly(1000);
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String quartiles(List<Double> sorted) {
    StringBuilder s = new StringBuilder();
    for (double q : new double[] {0, 0.25, 0.5, 0.75, 1}) {
      double v = sorted.get((int) Math.round(q * (sorted.size() - 1)));
      s.append(s.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.0f", v));
    }
    return s.toString();
  }

  /** How many listed tutors have a prediction as of {@code asOf} or later. */
  private long currentAsOf(LocalDate asOf) {
    long n = 0;
    for (JsonNode item : api.get("/api/churn/at-risk?limit=500").path("items")) {
      if (!LocalDate.ofInstant(Instant.parse(item.path("asOf").asString()), ZoneOffset.UTC)
          .isBefore(asOf)) {
        n++;
      }
    }
    return n;
  }

  private static void log(String line) {
    System.out.println("[BackfillIT] " + line);
  }
}
