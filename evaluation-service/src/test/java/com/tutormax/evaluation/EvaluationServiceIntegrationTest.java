package com.tutormax.evaluation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** evaluation-service on real infrastructure; its routes are checked against access-matrix.txt. */
@ServiceIntegrationTest
class EvaluationServiceIntegrationTest extends ServiceBaselineTests {

  EvaluationServiceIntegrationTest() {
    super("evaluation-service", "evaluation", false);
  }
}
