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
  protected java.util.Map<String, Access> matrix() {
    // No routes of its own yet: everything but probes, metrics and docs is denied.
    return java.util.Map.of();
  }

  @Override
  protected boolean usesRedis() {
    return false;
  }
}
