package com.tutormax.evaluation.performance.service;

import com.tutormax.evaluation.performance.config.EvaluationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The evaluator and the day closer, on Spring's single scheduling thread, so they never overlap in
 * one instance (instances coordinate through row locks and the closed-days table).
 */
@Component
class EvaluationSchedule {

  private static final Logger log = LoggerFactory.getLogger(EvaluationSchedule.class);

  private final Evaluator evaluator;
  private final DayCloser closer;
  private final EvaluationProperties properties;

  EvaluationSchedule(Evaluator evaluator, DayCloser closer, EvaluationProperties properties) {
    this.evaluator = evaluator;
    this.closer = closer;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${tutormax.evaluation.evaluate-every:200ms}")
  void evaluateChanged() {
    try {
      Integer evaluated;
      do {
        evaluated = evaluator.evaluateChanged().block(properties.writeTimeout());
      } while (evaluated != null && evaluated == properties.evaluateBatch());
    } catch (RuntimeException e) {
      log.warn("Evaluation run failed; the next run retries: {}", e.toString());
    }
  }

  @Scheduled(fixedDelayString = "${tutormax.evaluation.close-every:1s}")
  void closeDueDays() {
    try {
      closer.closeDue().then().block(properties.writeTimeout());
    } catch (RuntimeException e) {
      log.warn("Closing days failed; the next run retries: {}", e.toString());
    }
  }
}
