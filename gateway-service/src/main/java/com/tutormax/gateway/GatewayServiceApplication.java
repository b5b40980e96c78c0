package com.tutormax.gateway;

import com.tutormax.common.TutorMaxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one public entrance: routing, edge auth, CORS, rate limits, circuit breakers, the dashboard.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayServiceApplication {

  public static void main(String[] args) {
    TutorMaxApplication.run(GatewayServiceApplication.class, args);
  }
}
