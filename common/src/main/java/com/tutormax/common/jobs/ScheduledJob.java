package com.tutormax.common.jobs;

import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A periodic job a service performs when the scheduler asks ({@code JobRequested} for this service
 * and this name). Declare it as a bean; {@link JobRunner} runs it at most once per run id and
 * reports {@code JobFinished}. The job completes when its work is done, with counts of what it did
 * (shown in the run history), or fails with the error to report.
 */
public interface ScheduledJob {

  /** The job's name in the scheduler's catalogue, e.g. {@code churn-batch-rescore}. */
  String name();

  Mono<Map<String, Long>> run(Map<String, String> parameters);
}
