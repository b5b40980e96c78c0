package com.tutormax.training;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** training-service on real infrastructure; its routes are checked against access-matrix.txt. */
@ServiceIntegrationTest
class TrainingServiceIntegrationTest extends ServiceBaselineTests {

  TrainingServiceIntegrationTest() {
    super("training-service", "training", false);
  }
}
