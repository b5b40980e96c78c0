package com.tutormax.api;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class ApiServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "api-service";
  }

  @Override
  protected String schema() {
    return "core";
  }

  @Override
  protected boolean usesRedis() {
    return true;
  }
}
