package com.tutormax.generation;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * generation-service on real infrastructure. Admins' calls in the matrix (access-matrix.txt) really
 * run, so the world here is tiny and lives in its own schema.
 */
@ServiceIntegrationTest
@TestPropertySource(
    properties = {
      "tutormax.db.schema=generation_baseline",
      "tutormax.generation.initial-tutors=5",
      "tutormax.generation.target-active-tutors=5",
      "tutormax.generation.sessions-per-day=20",
      "tutormax.generation.backfill-days=1"
    })
class GenerationServiceIntegrationTest extends ServiceBaselineTests {

  GenerationServiceIntegrationTest() {
    super("generation-service", "generation_baseline", false);
  }
}
