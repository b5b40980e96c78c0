package com.tutormax.api;

import static com.tutormax.common.testing.AccessMatrixTests.Access.everyone;
import static com.tutormax.common.testing.AccessMatrixTests.Access.roles;
import static com.tutormax.common.testing.AccessMatrixTests.Access.signedIn;

import com.tutormax.api.ingest.IntegrationClients;
import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.Map;

/** api-service on real infrastructure; the matrix says who may call each of its routes. */
@ServiceIntegrationTest
class ApiServiceIntegrationTest extends ServiceBaselineTests {

  ApiServiceIntegrationTest() {
    super("api-service", "core", true);
  }

  @Override
  protected Map<String, Access> matrix() {
    return Map.ofEntries(
        Map.entry("GET /health", everyone()),
        Map.entry("GET /api/health/{dependency:database|redis|kafka}", everyone()),
        Map.entry("GET /api/workers/health", everyone()),
        Map.entry("GET /api/workers/dashboard", roles("ADMIN", "OPS_MANAGER")),
        Map.entry("GET /api/workers/stats", roles("ADMIN", "OPS_MANAGER")),
        Map.entry("POST /api/auth/login", everyone()),
        Map.entry("POST /api/auth/refresh", everyone()),
        Map.entry("POST /api/auth/logout", everyone()),
        Map.entry("GET /api/auth/me", signedIn()),
        Map.entry("GET /api/auth/oauth/providers", everyone()),
        Map.entry("GET /api/auth/oauth/{provider}/authorize", everyone()),
        Map.entry("GET /api/auth/oauth/{provider}/callback", everyone()),
        Map.entry("POST /api/auth/password", signedIn()),
        Map.entry("GET /api/admin/users", roles("ADMIN")),
        Map.entry("POST /api/admin/users", roles("ADMIN")),
        Map.entry("PUT /api/admin/users/{id}/roles", roles("ADMIN")),
        Map.entry("POST /api/admin/users/{id}/deactivate", roles("ADMIN")),
        Map.entry("GET /api/admin/audit", roles("ADMIN")),
        Map.entry("GET /api/admin/audit/export", roles("ADMIN")),
        Map.entry("POST /api/admin/audit/retention", roles("ADMIN")),
        Map.entry("GET /api/admin/privacy/users/{id}/export", roles("ADMIN")),
        Map.entry("POST /api/admin/privacy/users/{id}/erase", roles("ADMIN")),
        // Records: a TUTOR is let in and then scoped to their own rows (another tutor's are 404).
        Map.entry("GET /api/tutors", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")),
        Map.entry("GET /api/tutors/{id}", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")),
        Map.entry("GET /api/tutors/{id}/activity", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")),
        Map.entry("GET /api/sessions", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")),
        Map.entry("GET /api/sessions/{id}", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")),
        Map.entry(
            "GET /api/feedback", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT")),
        Map.entry("POST /api/feedback/tokens", roles("ADMIN", "OPS_MANAGER")),
        Map.entry("GET /api/feedback/forms/{token}", everyone()),
        Map.entry("POST /api/feedback/forms/{token}", everyone()),
        Map.entry("PUT /api/students/{id}/consent", roles("ADMIN", "OPS_MANAGER")),
        Map.entry("POST /api/admin/privacy/retention", roles("ADMIN")),
        Map.entry("GET /api/students/{id}", roles("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")),
        Map.entry("GET /api/records/counts", roles("ADMIN", "OPS_MANAGER")),
        Map.entry("POST /api/auth/token", everyone()),
        Map.entry("GET /api/admin/integration-clients", roles("ADMIN")),
        Map.entry("POST /api/admin/integration-clients", roles("ADMIN")),
        Map.entry("DELETE /api/admin/integration-clients/{id}", roles("ADMIN")),
        Map.entry("POST /api/ingest/tutors", roles("ADMIN", "INTEGRATION")),
        Map.entry("POST /api/ingest/students", roles("ADMIN", "INTEGRATION")),
        Map.entry("POST /api/ingest/sessions", roles("ADMIN", "INTEGRATION")),
        Map.entry("POST /api/ingest/feedback", roles("ADMIN", "INTEGRATION")),
        Map.entry("POST /api/ingest/tutor-events", roles("ADMIN", "INTEGRATION")),
        Map.entry("POST /api/ingest/lifecycle", roles("ADMIN", "INTEGRATION")));
  }

  private String integrationToken;

  /** An integration client's token is honoured only while the client exists: use a real one. */
  @Override
  protected String tokenFor(String role) {
    if (!"INTEGRATION".equals(role)) {
      return super.tokenFor(role);
    }
    if (integrationToken == null) {
      integrationToken = IntegrationClients.token(web, "access-matrix");
    }
    return integrationToken;
  }
}
