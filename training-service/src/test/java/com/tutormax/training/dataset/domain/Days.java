package com.tutormax.training.dataset.domain;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.TutorProfile;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-made closed days and histories for the training-set tests: everything zero unless set. */
final class Days {

  private Days() {}

  /** A closed day with {@code held} held sessions (all scheduled) and nothing else. */
  static TutorDayClosed day(String tutorId, LocalDate day, int held) {
    return new TutorDayClosed(
        tutorId,
        day,
        held,
        held,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0.0,
        0,
        0,
        0,
        0,
        0.0,
        0,
        0.0,
        0,
        day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
        List.of(),
        List.of(),
        0,
        0,
        0);
  }

  /** One closed day per day from {@code from} through {@code through}, each with {@code held}. */
  static List<TutorDayClosed> every(String tutorId, LocalDate from, LocalDate through, int held) {
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(through); d = d.plusDays(1)) {
      days.add(day(tutorId, d, held));
    }
    return days;
  }

  /**
   * A tutor who joined on {@code joinedOn}, held one session a day through {@code through} and then
   * left as {@code departure} says (null: stayed).
   */
  static TutorHistory tutor(
      String tutorId, LocalDate joinedOn, LocalDate through, Departure departure) {
    return new TutorHistory(
        new TutorProfile(tutorId, joinedOn, 5), every(tutorId, joinedOn, through, 1), departure);
  }

  /** A resignation on {@code day}: left and known that day. */
  static Departure resigned(LocalDate day) {
    return new Departure(day, day);
  }
}
