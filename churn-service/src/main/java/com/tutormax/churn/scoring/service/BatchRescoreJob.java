package com.tutormax.churn.scoring.service;

import com.tutormax.common.jobs.ScheduledJob;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's daily {@code churn-batch-rescore}: marks every known tutor for re-scoring, as
 * {@code POST /api/churn/rescore} does; the scorer then re-scores them.
 */
@Component
class BatchRescoreJob implements ScheduledJob {

  private final Scorer scorer;

  BatchRescoreJob(Scorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return "churn-batch-rescore";
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return scorer.rescoreAll().map(marked -> Map.of("tutorsMarked", marked));
  }
}
