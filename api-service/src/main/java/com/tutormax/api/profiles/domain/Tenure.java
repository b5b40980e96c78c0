package com.tutormax.api.profiles.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Tenure in whole days: UTC calendar days from the day a tutor joined to today (0 on day one). */
public final class Tenure {

  private Tenure() {}

  public static long days(Instant joinedAt, LocalDate today) {
    return Math.max(
        0, ChronoUnit.DAYS.between(joinedAt.atZone(ZoneOffset.UTC).toLocalDate(), today));
  }
}
