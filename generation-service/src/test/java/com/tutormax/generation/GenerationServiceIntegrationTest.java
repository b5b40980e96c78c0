package com.tutormax.generation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/** generation-service on real infrastructure; it has no routes of its own yet. */
@ServiceIntegrationTest
class GenerationServiceIntegrationTest extends ServiceBaselineTests {

  GenerationServiceIntegrationTest() {
    super("generation-service", "generation", false);
  }
}
