package com.tutormax.scheduler.jobs.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runs of a job are due at {@code now}: the cron times after the last one already requested
 * (or after the job was registered) up to and including {@code now}. Times later than {@code grace}
 * are missed times, handled by the job's policy: RUN_ONCE runs the latest of them once, SKIP drops
 * them. A run's id is {@code <job>@<scheduledFor ISO>}, so a run is unique by (job, scheduled time)
 * whoever computes it.
 */
public final class DueRuns {

  /** How many cron times one computation looks at, at most (a long outage of a 15-min job). */
  static final int MAX_SCAN = 100_000;

  private DueRuns() {}

  /** One run to request. */
  public record Due(String runId, String jobName, Instant scheduledFor, boolean catchUp) {}

  public static List<Due> due(JobDefinition job, Instant after, Instant now, Duration grace) {
    List<Instant> times = new ArrayList<>();
    Instant t = job.nextAfter(after);
    int scanned = 0;
    while (!t.isAfter(now) && scanned++ < MAX_SCAN) {
      times.add(t);
      t = job.nextAfter(t);
    }
    Instant lateBefore = now.minus(grace);
    List<Due> due = new ArrayList<>();
    Instant latestMissed = null;
    for (Instant time : times) {
      if (time.isBefore(lateBefore)) {
        latestMissed = time;
      } else {
        due.add(new Due(runId(job.name(), time), job.name(), time, false));
      }
    }
    if (latestMissed != null && job.misfire() == MisfirePolicy.RUN_ONCE && due.isEmpty()) {
      due.add(new Due(runId(job.name(), latestMissed), job.name(), latestMissed, true));
    }
    return due;
  }

  /** The id of the scheduled run of {@code job} at {@code scheduledFor}. */
  public static String runId(String job, Instant scheduledFor) {
    return job + "@" + DateTimeFormatter.ISO_INSTANT.format(scheduledFor);
  }

  /** The id of a run an operator triggered at {@code at}. */
  public static String manualRunId(String job, Instant at) {
    return runId(job, at) + "/manual";
  }
}
