package com.tutormax.churn.scoring.service;

import com.tutormax.churn.scoring.config.ChurnProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scorer on Spring's scheduling thread: changed tutors are re-scored every few hundred ms. */
@Component
class ScoringSchedule {

  private static final Logger log = LoggerFactory.getLogger(ScoringSchedule.class);

  private final Scorer scorer;
  private final ChurnProperties properties;

  ScoringSchedule(Scorer scorer, ChurnProperties properties) {
    this.scorer = scorer;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${tutormax.churn.score-every:200ms}")
  void scoreChanged() {
    try {
      Integer scored;
      do {
        scored = scorer.scoreChanged().block(properties.writeTimeout());
      } while (scored != null && scored == properties.scoreBatch());
    } catch (RuntimeException e) {
      log.warn("Scoring run failed; the next run retries: {}", e.toString());
    }
  }
}
