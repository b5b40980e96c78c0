package com.tutormax.training;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Training sets, XGBoost models and the model registry. */
@SpringBootApplication
public class TrainingServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(TrainingServiceApplication.class, args);
  }
}
