package com.tutormax.churn.scoring.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The scheduler's churn-batch-rescore job is the daily batch: every tutor marked, counted. */
class BatchRescoreJobTest {

  @Test
  void marksEveryTutorAndCountsThem() {
    Scorer scorer =
        new Scorer(null, null, null, null, null, null, null, null, null) {
          @Override
          public Mono<Long> rescoreAll() {
            return Mono.just(42L);
          }
        };
    BatchRescoreJob job = new BatchRescoreJob(scorer);
    assertThat(job.name()).isEqualTo("churn-batch-rescore");
    assertThat(job.run(Map.of()).block(Duration.ofSeconds(5)))
        .isEqualTo(Map.of("tutorsMarked", 42L));
  }
}
