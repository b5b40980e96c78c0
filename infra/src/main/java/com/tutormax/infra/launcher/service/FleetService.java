package com.tutormax.infra.launcher.service;

import java.util.Arrays;
import java.util.Locale;

/** The seven services of the fleet, in port order (gateway 8080 ... scheduler 8086 by default). */
public enum FleetService {
  GATEWAY("gateway-service", null),
  API("api-service", "API_SERVICE_URL"),
  GENERATION("generation-service", "GENERATION_SERVICE_URL"),
  EVALUATION("evaluation-service", "EVALUATION_SERVICE_URL"),
  CHURN("churn-service", "CHURN_SERVICE_URL"),
  TRAINING("training-service", "TRAINING_SERVICE_URL"),
  SCHEDULER("scheduler-service", "SCHEDULER_SERVICE_URL");

  private final String serviceName;
  private final String urlVariable;

  FleetService(String serviceName, String urlVariable) {
    this.serviceName = serviceName;
    this.urlVariable = urlVariable;
  }

  /** The module and jar name, e.g. {@code churn-service}. */
  public String serviceName() {
    return serviceName;
  }

  /** The variable the gateway reads this service's URL from; null for the gateway itself. */
  public String urlVariable() {
    return urlVariable;
  }

  /** Its port's distance from the gateway's port. */
  public int portOffset() {
    return ordinal();
  }

  /** Accepts {@code churn-service}, {@code churn} or {@code CHURN}. */
  public static FleetService named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.serviceName.equals(wanted) || s.serviceName.equals(wanted + "-service"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
  }

  @Override
  public String toString() {
    return serviceName;
  }
}
