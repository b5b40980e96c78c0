package com.tutormax.api.interventions.web;

import com.tutormax.api.interventions.domain.InterventionTypes;
import com.tutormax.api.records.web.RequestParams;
import java.util.Locale;
import java.util.UUID;

/** Turns the queue's query parameters into filter values, or a 400 that says what is wrong. */
final class ListParams {

  private ListParams() {}

  static String type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InterventionTypes.code(value);
    } catch (IllegalArgumentException e) {
      throw RequestParams.badRequest(e.getMessage());
    }
  }

  /** A user id, "me" (the caller) or "none" (nobody: the unassigned tasks; null here). */
  static UUID assignee(String value, UUID me) {
    if (value == null || value.isBlank() || "none".equalsIgnoreCase(value.trim())) {
      return null;
    }
    if ("me".equalsIgnoreCase(value.trim())) {
      return me;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw RequestParams.badRequest("assignee is a user id, 'me' or 'none'");
    }
  }

  static Boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw RequestParams.badRequest(name + " is true or false");
    };
  }
}
