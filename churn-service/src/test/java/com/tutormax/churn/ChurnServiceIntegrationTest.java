package com.tutormax.churn;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** churn-service on real infrastructure; its routes are checked against access-matrix.txt. */
@ServiceIntegrationTest
class ChurnServiceIntegrationTest extends ServiceBaselineTests {

  ChurnServiceIntegrationTest() {
    super("churn-service", "churn", false);
  }
}
