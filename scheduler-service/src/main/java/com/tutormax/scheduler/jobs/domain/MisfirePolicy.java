package com.tutormax.scheduler.jobs.domain;

/** What the scheduler does with cron times it missed (no leader, all instances down). */
public enum MisfirePolicy {
  /** Catch up with one run, for the latest missed time (never one per missed time). */
  RUN_ONCE,
  /** Drop missed times; only a time still within the grace period runs. */
  SKIP
}
