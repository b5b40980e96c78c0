package com.tutormax.scheduler;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** scheduler-service on real infrastructure; its routes are checked against access-matrix.txt. */
@ServiceIntegrationTest
class SchedulerServiceIntegrationTest extends ServiceBaselineTests {

  SchedulerServiceIntegrationTest() {
    super("scheduler-service", "scheduler", true);
  }
}
