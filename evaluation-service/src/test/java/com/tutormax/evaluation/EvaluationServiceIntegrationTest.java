package com.tutormax.evaluation;

import static com.tutormax.common.testing.AccessMatrixTests.Access.roles;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;

/** evaluation-service on real infrastructure, and who may call each of its routes. */
@ServiceIntegrationTest
class EvaluationServiceIntegrationTest extends ServiceBaselineTests {

  EvaluationServiceIntegrationTest() {
    super("evaluation-service", "evaluation", false);
  }

  @Override
  protected Map<String, Access> matrix() {
    Access tutorOrStaff = roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR");
    Access staff = roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");
    return Map.of(
        "GET /api/evaluation/tutors/{id}/metrics", tutorOrStaff,
        "GET /api/evaluation/tutors/{id}/history", tutorOrStaff,
        "GET /api/evaluation/tutors/{id}/trends", tutorOrStaff,
        "GET /api/evaluation/tiers", staff,
        "GET /api/evaluation/flags", staff,
        "POST /api/evaluation/days/close", roles("ADMIN"));
  }
}
