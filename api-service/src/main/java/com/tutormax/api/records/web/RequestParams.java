package com.tutormax.api.records.web;

import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.TimeRange;
import com.tutormax.common.domain.SubjectFamily;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns list query parameters into domain values, or a 400 that says what is wrong; shared by the
 * records', the interventions queue's and the staff tutor list's routes.
 */
public final class RequestParams {

  private RequestParams() {}

  public static PageRequest page(int page, int size) {
    try {
      return new PageRequest(page, size);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  static TimeRange range(String from, String to) {
    try {
      return TimeRange.parse(from, to);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  /** One of an enum's names (any case), or null when not given. */
  public static <E extends Enum<E>> E oneOf(String value, Class<E> type, String name) {
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

  /** A subject of the catalog, or null when not given. */
  public static String subject(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String subject = value.trim().toLowerCase(Locale.ROOT);
    if (SubjectFamily.ofSubject(subject).isEmpty()) {
      throw badRequest("unknown subject '" + value + "'");
    }
    return subject;
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
