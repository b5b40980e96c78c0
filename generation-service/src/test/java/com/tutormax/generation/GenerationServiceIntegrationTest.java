package com.tutormax.generation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class GenerationServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "generation-service";
  }

  @Override
  protected String schema() {
    return "generation";
  }

  @Override
  protected boolean usesRedis() {
    return false;
  }
}
