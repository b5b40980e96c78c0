package com.tutormax.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.JobRequested;
import com.tutormax.common.jobs.JobRunner;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a job the way the scheduler's request does (claim the run id, perform, report), so a test
 * proves the handler is registered under its catalogue name and reports its counts.
 */
public final class ScheduledJobs {

  private ScheduledJobs() {}

  public static JobFinished run(JobRunner runner, String job, Map<String, String> parameters) {
    Instant now = Instant.now();
    JobRequested request =
        new JobRequested(
            job + "@" + now + "/" + UUID.randomUUID(), job, "api-service", parameters, now, now);
    assertThat(runner.claim(request).block()).isTrue();
    JobFinished finished = runner.perform(request).block();
    assertThat(finished.error()).isNull();
    assertThat(finished.outcome()).isEqualTo(JobFinished.Outcome.SUCCEEDED);
    return finished;
  }
}
