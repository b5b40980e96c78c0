package com.tutormax.generation;

import static com.tutormax.common.testing.AccessMatrixTests.Access.roles;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;
import org.springframework.test.context.TestPropertySource;

/**
 * generation-service on real infrastructure. Admins' calls in the matrix really run, so the world
 * here is tiny and lives in its own schema.
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

  @Override
  protected Map<String, Access> matrix() {
    return Map.ofEntries(
        Map.entry("GET /api/generation/status", roles("ADMIN")),
        Map.entry("POST /api/generation/backfill", roles("ADMIN")),
        Map.entry("POST /api/generation/live/start", roles("ADMIN")),
        Map.entry("POST /api/generation/live/stop", roles("ADMIN")),
        Map.entry("POST /api/generation/reseed", roles("ADMIN")),
        Map.entry("GET /api/generation/truth", roles("ADMIN")));
  }
}
