package com.tutormax.scheduler.jobs.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The order between jobs: a job whose parameter {@code after} names another job (churn's daily
 * re-score after evaluation's rollup, which closes the day it scores) is requested, for each
 * scheduled time, once that job's run for the same time has finished, SUCCEEDED or FAILED (a failed
 * predecessor does not block the day's work forever). A predecessor that does not run at that time
 * (another cron, paused, disabled) is not waited for; one that does not finish within {@code
 * maxWait} of the scheduled time is waited for no longer, and the run says so.
 */
public final class RunOrder {

  /** The parameter naming the job to run after. */
  public static final String AFTER = "after";

  private RunOrder() {}

  /** Where the predecessor's run for the scheduled time stands. */
  public enum Predecessor {
    /** It has no run at that time: nothing to wait for. */
    NOT_EXPECTED,
    /** Its run is not requested yet or still running. */
    PENDING,
    /** Its run ended, either way. */
    FINISHED
  }

  /** Request the run now (with a note for the history, or none), or wait for the next tick. */
  public record Decision(boolean request, String note) {

    public static final Decision WAIT = new Decision(false, null);
    public static final Decision GO = new Decision(true, null);
  }

  /** The job {@code job} runs after, if any. */
  public static Optional<String> after(JobDefinition job) {
    return Optional.ofNullable(job.parameters().get(AFTER)).filter(name -> !name.isBlank());
  }

  /** Whether an active {@code predecessor} has a scheduled run at {@code scheduledFor}. */
  public static boolean runsAt(JobDefinition predecessor, boolean active, Instant scheduledFor) {
    return active && predecessor.nextAfter(scheduledFor.minusSeconds(1)).equals(scheduledFor);
  }

  /**
   * Whether the run scheduled for {@code scheduledFor} may be requested at {@code now}, given its
   * predecessor {@code after} and where that one's run for the same time stands.
   */
  public static Decision decide(
      String after, Predecessor state, Instant scheduledFor, Instant now, Duration maxWait) {
    if (state != Predecessor.PENDING) {
      return Decision.GO;
    }
    if (now.isBefore(scheduledFor.plus(maxWait))) {
      return Decision.WAIT;
    }
    return new Decision(
        true, after + " had not finished after " + maxWait.toMinutes() + " min; requested anyway");
  }
}
