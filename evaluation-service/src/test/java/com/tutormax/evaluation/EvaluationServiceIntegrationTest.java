package com.tutormax.evaluation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class EvaluationServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "evaluation-service";
  }

  @Override
  protected String schema() {
    return "evaluation";
  }

  @Override
  protected boolean usesRedis() {
    return false;
  }
}
