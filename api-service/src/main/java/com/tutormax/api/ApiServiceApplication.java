package com.tutormax.api;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** System of record for people and workflow; health aggregator, WebSocket push and email. */
@SpringBootApplication
public class ApiServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(ApiServiceApplication.class, args);
  }
}
