package com.tutormax.training;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class TrainingServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "training-service";
  }

  @Override
  protected String schema() {
    return "training";
  }

  @Override
  protected java.util.Map<String, Access> matrix() {
    // No routes of its own yet: everything but probes, metrics and docs is denied.
    return java.util.Map.of();
  }

  @Override
  protected boolean usesRedis() {
    return false;
  }
}
