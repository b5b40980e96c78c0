package com.tutormax.api.health.domain;

/** Health of an instance, a service or the fleet. */
public enum HealthStatus {
  UP,
  DEGRADED,
  DOWN
}
