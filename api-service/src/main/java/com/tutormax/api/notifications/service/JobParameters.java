package com.tutormax.api.notifications.service;

import java.time.Duration;
import java.util.Map;

/** Reads a job's parameters (strings, from the scheduler's catalogue or its overrides). */
final class JobParameters {

  private JobParameters() {}

  /** A whole number of hours, at least 0; the default when the parameter is absent. */
  static Duration hours(Map<String, String> parameters, String name, long defaultHours) {
    String value = parameters.get(name);
    if (value == null || value.isBlank()) {
      return Duration.ofHours(defaultHours);
    }
    try {
      long hours = Long.parseLong(value.trim());
      if (hours < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return Duration.ofHours(hours);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a whole number of hours: " + value);
    }
  }
}
