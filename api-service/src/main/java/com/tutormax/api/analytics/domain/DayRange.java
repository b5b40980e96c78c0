package com.tutormax.api.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** UTC days {@code from} through {@code to}, both inclusive, as analytics are asked for. */
public record DayRange(LocalDate from, LocalDate to) {

  /** The default: the last 90 days through today. */
  public static final int DEFAULT_DAYS = 90;

  /** The longest range, in days. */
  public static final int MAX_DAYS = 366;

  /**
   * The range from request parameters (either may be absent), or why it cannot be one.
   *
   * @throws IllegalArgumentException with a message for the caller
   */
  public static DayRange parse(String from, String to, LocalDate today) {
    LocalDate end = date(to, "to", today);
    LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1L));
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
      throw new IllegalArgumentException("a range covers at most " + MAX_DAYS + " days");
    }
    return new DayRange(start, end);
  }

  public Instant startInclusive() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant endExclusive() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate date(String value, String name, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2026-01-31");
    }
  }
}
