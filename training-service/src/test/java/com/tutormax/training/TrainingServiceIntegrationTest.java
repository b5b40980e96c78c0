package com.tutormax.training;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** training-service on real infrastructure; it has no routes of its own yet. */
@ServiceIntegrationTest
class TrainingServiceIntegrationTest extends ServiceBaselineTests {

  TrainingServiceIntegrationTest() {
    super("training-service", "training", false);
  }
}
