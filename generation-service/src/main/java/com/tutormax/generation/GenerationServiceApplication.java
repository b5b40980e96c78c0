package com.tutormax.generation;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The deterministic synthetic world: tutors, students, sessions, feedback and activity. */
@SpringBootApplication
public class GenerationServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(GenerationServiceApplication.class, args);
  }
}
