package com.tutormax.api.profiles.web;

import com.tutormax.api.profiles.domain.TutorSort;
import com.tutormax.api.records.web.RequestParams;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The staff list's query parameters as domain values, or a 400 that says what is wrong. */
final class ListParams {

  private ListParams() {}

  /** Comma-separated names of {@code type} (any case); empty when not given. */
  static <E extends Enum<E>> Set<E> many(String value, Class<E> type, String name) {
    Set<E> values = EnumSet.noneOf(type);
    if (value == null || value.isBlank()) {
      return values;
    }
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        values.add(RequestParams.oneOf(item, type, name));
      }
    }
    return values;
  }

  static String search(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 200) {
      throw RequestParams.badRequest("q must be at most 200 characters");
    }
    return value.trim();
  }

  static Integer days(Integer value, String name) {
    if (value != null && (value < 0 || value > 36_600)) {
      throw RequestParams.badRequest(name + " must be between 0 and 36600 days");
    }
    return value;
  }

  /** asc or desc; by default names and tiers ascend (A first, best first), numbers descend. */
  static boolean descending(String order, TutorSort sort) {
    if (order == null || order.isBlank()) {
      return sort != TutorSort.NAME && sort != TutorSort.TIER;
    }
    return switch (order.trim().toLowerCase(Locale.ROOT)) {
      case "asc" -> false;
      case "desc" -> true;
      default -> throw RequestParams.badRequest("order must be asc or desc");
    };
  }
}
