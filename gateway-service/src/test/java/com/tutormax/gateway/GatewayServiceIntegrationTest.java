package com.tutormax.gateway;

import com.tutormax.common.testing.ServiceBaselineTests;
import com.tutormax.testsupport.ServiceIntegrationTest;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;

// The opentelemetry test starter (for @AutoConfigureTracing) also switches metrics export off in
// tests; the baseline checks /actuator/prometheus, which production always serves.
@ServiceIntegrationTest
@AutoConfigureMetrics
class GatewayServiceIntegrationTest extends ServiceBaselineTests {

  GatewayServiceIntegrationTest() {
    super("gateway-service", "gateway", true);
  }
}
