package com.tutormax.churn;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** churn-service on real infrastructure; it has no routes of its own yet. */
@ServiceIntegrationTest
class ChurnServiceIntegrationTest extends ServiceBaselineTests {

  ChurnServiceIntegrationTest() {
    super("churn-service", "churn", false);
  }
}
