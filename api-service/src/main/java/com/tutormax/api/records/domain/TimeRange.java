package com.tutormax.api.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open time window [from, to) from query parameters. Each bound is an ISO-8601 instant or a
 * date; dates are whole UTC days, both included (to=2026-11-02 ends at 2026-11-03T00:00Z). Either
 * bound may be missing.
 */
public record TimeRange(Instant from, Instant to) {

  public static final TimeRange ALL = new TimeRange(null, null);

  public TimeRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
  }

  public static TimeRange parse(String from, String to) {
    return new TimeRange(bound(from, "from", false), bound(to, "to", true));
  }

  private static Instant bound(String value, String name, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw new IllegalArgumentException(
            name + " must be an ISO-8601 instant (2026-11-02T09:30:00Z) or date (2026-11-02)");
      }
    }
  }
}
