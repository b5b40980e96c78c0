package com.tutormax.api;

import com.tutormax.api.ingest.IntegrationClients;
import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

/**
 * api-service on real infrastructure; src/test/resources/access-matrix.txt says who may call each
 * of its routes.
 */
@ServiceIntegrationTest
class ApiServiceIntegrationTest extends ServiceBaselineTests {

  ApiServiceIntegrationTest() {
    super("api-service", "core", true);
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
