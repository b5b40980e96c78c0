package com.tutormax.scheduler;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The job catalogue, cron triggers and run history. */
@SpringBootApplication
public class SchedulerServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(SchedulerServiceApplication.class, args);
  }
}
