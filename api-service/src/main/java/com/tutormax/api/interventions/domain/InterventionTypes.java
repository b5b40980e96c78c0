package com.tutormax.api.interventions.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Churn-service names types by code and name (H1_MANAGER_COACHING); the queue filters by the code
 * (H1) or the whole name, whichever the caller gives.
 */
public final class InterventionTypes {

  public static final Set<String> CODES =
      Set.of("A1", "A2", "A3", "A4", "A5", "H1", "H2", "H3", "H4", "H5");

  private InterventionTypes() {}

  /** The code of a type given by code or name; IllegalArgumentException for an unknown one. */
  public static String code(String type) {
    String code = type.trim().toUpperCase(Locale.ROOT).split("_", 2)[0];
    if (!CODES.contains(code)) {
      throw new IllegalArgumentException("type must be one of " + CODES.stream().sorted().toList());
    }
    return code;
  }
}
