package com.tutormax.evaluation;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Per-tutor daily aggregates, metrics over 7/30/90 days and performance tiers. */
@SpringBootApplication
public class EvaluationServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(EvaluationServiceApplication.class, args);
  }
}
