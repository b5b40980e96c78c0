package com.tutormax.gateway;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class GatewayServiceIntegrationTest extends ServiceBaselineTests {

  @Override
  protected String serviceName() {
    return "gateway-service";
  }

  @Override
  protected String schema() {
    return "gateway";
  }

  @Override
  protected boolean usesRedis() {
    return true;
  }
}
