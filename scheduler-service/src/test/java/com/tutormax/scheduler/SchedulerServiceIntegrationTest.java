package com.tutormax.scheduler;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** scheduler-service on real infrastructure; it has no routes of its own yet. */
@ServiceIntegrationTest
class SchedulerServiceIntegrationTest extends ServiceBaselineTests {

  SchedulerServiceIntegrationTest() {
    super("scheduler-service", "scheduler", true);
  }
}
