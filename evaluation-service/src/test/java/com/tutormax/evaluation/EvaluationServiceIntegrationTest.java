package com.tutormax.evaluation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** evaluation-service on real infrastructure; it has no routes of its own yet. */
@ServiceIntegrationTest
class EvaluationServiceIntegrationTest extends ServiceBaselineTests {

  EvaluationServiceIntegrationTest() {
    super("evaluation-service", "evaluation", false);
  }
}
