package com.tutormax.scheduler;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class SchedulerServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "scheduler-service";
  }

  @Override
  protected String schema() {
    return "scheduler";
  }

  @Override
  protected boolean usesRedis() {
    return true;
  }
}
