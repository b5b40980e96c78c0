package com.tutormax.api.interventions.web;

import com.tutormax.api.interventions.domain.InterventionTypes;
import com.tutormax.api.records.domain.PageRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Turns the queue's query parameters into filter values, or a 400 that says what is wrong. */
final class ListParams {

  private ListParams() {}

  /** One of an enum's names (any case), or null when not given. */
  static <E extends Enum<E>> E oneOf(String value, Class<E> type, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw badRequest(
          name + " must be one of " + Arrays.toString(type.getEnumConstants()).replace(" ", ""));
    }
  }

  static String type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InterventionTypes.code(value);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
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
      throw badRequest("assignee is a user id, 'me' or 'none'");
    }
  }

  static Boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw badRequest(name + " is true or false");
    };
  }

  static PageRequest page(int page, int size) {
    try {
      return new PageRequest(page, size);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
