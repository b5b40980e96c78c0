package com.tutormax.churn.scoring;

import com.tutormax.common.events.TutorDayClosed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-built closed days for churn tests: zeros unless set. */
public final class ClosedDays {

  private final String tutorId;
  private final LocalDate day;
  private int scheduled;
  private int held;
  private int noShows;
  private int reschedules;
  private int shortNotice;
  private int logins;
  private int ratings;
  private int ratingsSum;
  private Instant closedAt;

  private ClosedDays(String tutorId, LocalDate day) {
    this.tutorId = tutorId;
    this.day = day;
    this.closedAt = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public static ClosedDays of(String tutorId, LocalDate day) {
    return new ClosedDays(tutorId, day);
  }

  /** {@code n} sessions held and rated {@code rating}, one login each. */
  public ClosedDays held(int n, int rating) {
    scheduled += n;
    held += n;
    ratings += n;
    ratingsSum += n * rating;
    logins += n;
    return this;
  }

  public ClosedDays noShow() {
    scheduled++;
    noShows++;
    return this;
  }

  public ClosedDays shortNoticeReschedules(int n) {
    scheduled += n;
    reschedules += n;
    shortNotice += n;
    return this;
  }

  /** As an open day seen at {@code at} (its closedAt is the moment it was seen). */
  public ClosedDays seenAt(Instant at) {
    closedAt = at;
    return this;
  }

  public TutorDayClosed build() {
    return new TutorDayClosed(
        tutorId,
        day,
        scheduled,
        held,
        noShows,
        reschedules,
        shortNotice,
        0,
        0,
        0,
        ratings,
        ratingsSum,
        held * 0.8,
        held,
        0,
        logins,
        0,
        0.0,
        0,
        0.0,
        0,
        closedAt,
        List.of(),
        held > 0 ? List.of("algebra") : List.of(),
        0,
        0,
        0);
  }

  /** {@code days} days from {@code from}, one session rated 5 on each. */
  public static List<TutorDayClosed> steady(String tutorId, LocalDate from, int days) {
    List<TutorDayClosed> list = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      list.add(of(tutorId, from.plusDays(i)).held(1, 5).build());
    }
    return list;
  }
}
