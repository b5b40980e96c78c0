package com.tutormax.scheduler.jobs.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every periodic job of the platform (issue 9), with its default cron in UTC. Overrides (cron,
 * parameters, enabled) and the paused flag live in the jobs table; this is what a new system starts
 * from.
 */
public final class JobCatalogue {

  public static final String GENERATION_LIVE_TICK = "generation-live-tick";
  public static final String EVALUATION_DAILY_ROLLUP = "evaluation-daily-rollup";
  public static final String CHURN_BATCH_RESCORE = "churn-batch-rescore";
  public static final String MODEL_TRAINING = "model-training";
  public static final String FEEDBACK_REMINDERS = "feedback-reminders";
  public static final String FIRST_SESSION_CHECKINS = "first-session-checkins";
  public static final String RESCHEDULE_PATTERN_ALERTS = "reschedule-pattern-alerts";
  public static final String MANAGER_WEEKLY_DIGEST = "manager-weekly-digest";
  public static final String DATA_RETENTION_SWEEP = "data-retention-sweep";
  public static final String AUDIT_LOG_RETENTION = "audit-log-retention";
  public static final String INTERVENTION_SLA_CHECK = "intervention-sla-check";

  private static final List<JobDefinition> DEFAULTS =
      List.of(
          new JobDefinition(
              GENERATION_LIVE_TICK,
              "0 */15 * * * *",
              "generation-service",
              Map.of("skipIfContinuous", "true"),
              true,
              MisfirePolicy.SKIP,
              "Advances the simulated world one tick, unless live mode runs continuously"),
          new JobDefinition(
              EVALUATION_DAILY_ROLLUP,
              "0 0 0 * * *",
              "evaluation-service",
              Map.of(),
              true,
              MisfirePolicy.RUN_ONCE,
              "Closes the UTC day that ended and rolls up the tier thresholds"),
          new JobDefinition(
              CHURN_BATCH_RESCORE,
              "0 0 0 * * *",
              "churn-service",
              Map.of(RunOrder.AFTER, EVALUATION_DAILY_ROLLUP),
              true,
              MisfirePolicy.RUN_ONCE,
              "Re-scores every known tutor (the daily batch)"),
          new JobDefinition(
              MODEL_TRAINING,
              "0 0 2 * * *",
              "training-service",
              // Training every window on a full history takes longer than the default 2 h.
              Map.of(RunTimeout.TIMEOUT, "PT6H"),
              true,
              MisfirePolicy.RUN_ONCE,
              "Trains every window's churn model and the first-session model; promotes winners"),
          new JobDefinition(
              FEEDBACK_REMINDERS,
              "0 0 * * * *",
              "api-service",
              Map.of("minAgeHours", "24", "maxAgeHours", "48"),
              true,
              MisfirePolicy.RUN_ONCE,
              "Reminds students of sessions 24-48 h old that have no feedback"),
          new JobDefinition(
              FIRST_SESSION_CHECKINS,
              "0 */30 * * * *",
              "api-service",
              Map.of("afterHours", "2"),
              true,
              MisfirePolicy.RUN_ONCE,
              "Sends each tutor a check-in survey 2 h after a first session (PRD A3)"),
          new JobDefinition(
              RESCHEDULE_PATTERN_ALERTS,
              "0 0 1 * * *",
              "churn-service",
              Map.of(),
              true,
              MisfirePolicy.RUN_ONCE,
              "Re-checks tutors whose reschedules form a pattern: A4 alert, 14-day escalation"),
          new JobDefinition(
              MANAGER_WEEKLY_DIGEST,
              "0 0 9 * * MON",
              "api-service",
              Map.of(),
              true,
              MisfirePolicy.RUN_ONCE,
              "Sends each manager the weekly digest"),
          new JobDefinition(
              DATA_RETENTION_SWEEP,
              "0 0 3 * * *",
              "api-service",
              Map.of(),
              true,
              MisfirePolicy.RUN_ONCE,
              "Deletes or anonymises data past its retention period"),
          new JobDefinition(
              AUDIT_LOG_RETENTION,
              "0 30 3 * * *",
              "api-service",
              Map.of(),
              true,
              MisfirePolicy.RUN_ONCE,
              "Deletes audit log entries past their retention period"),
          new JobDefinition(
              INTERVENTION_SLA_CHECK,
              "0 0 * * * *",
              "api-service",
              Map.of(),
              true,
              MisfirePolicy.SKIP,
              "Escalates interventions that went stale past their SLA"));

  private JobCatalogue() {}

  /** Every job, in catalogue order. */
  public static List<JobDefinition> defaults() {
    return DEFAULTS;
  }

  public static Optional<JobDefinition> find(String name) {
    return DEFAULTS.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /** The jobs by name, in catalogue order. */
  public static Map<String, JobDefinition> byName() {
    Map<String, JobDefinition> jobs = new LinkedHashMap<>();
    DEFAULTS.forEach(j -> jobs.put(j.name(), j));
    return jobs;
  }
}
