package com.tutormax.scheduler.jobs.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How long a requested run may go without its {@code JobFinished} before the scheduler closes it as
 * failed ("timed out"): the job's {@code timeout} parameter (ISO-8601, e.g. {@code PT6H} for model
 * training), else the scheduler's default. A service that died mid-job never reports; this keeps
 * such a run from showing as running forever.
 */
public final class RunTimeout {

  /** The parameter overriding the default timeout. */
  public static final String TIMEOUT = "timeout";

  /** The error a timed-out run is closed with. */
  public static final String ERROR = "timed out";

  private RunTimeout() {}

  /** The timeout of {@code job}'s runs; a malformed parameter falls back to the default. */
  public static Duration of(JobDefinition job, Duration defaultTimeout) {
    String value = job.parameters().get(TIMEOUT);
    if (value == null) {
      return defaultTimeout;
    }
    try {
      Duration timeout = Duration.parse(value);
      return timeout.isNegative() || timeout.isZero() ? defaultTimeout : timeout;
    } catch (DateTimeParseException e) {
      return defaultTimeout;
    }
  }

  /** Whether a run requested at {@code requestedAt} and still open has timed out at {@code now}. */
  public static boolean timedOut(Instant requestedAt, Duration timeout, Instant now) {
    return !now.isBefore(requestedAt.plus(timeout));
  }
}
