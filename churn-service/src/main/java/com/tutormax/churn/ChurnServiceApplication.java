package com.tutormax.churn;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Churn features, rule and ML scores, and intervention recommendations. */
@SpringBootApplication
public class ChurnServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(ChurnServiceApplication.class, args);
  }
}
