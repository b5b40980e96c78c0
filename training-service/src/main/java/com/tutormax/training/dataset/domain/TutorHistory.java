package com.tutormax.training.dataset.domain;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.TutorProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One tutor's input to a training set: their profile, their closed days (any order) and the UTC day
 * they churned, if they did.
 *
 * <p><b>Churn day rule.</b> {@code churnedOn} is the UTC date of the earliest of the tutor's {@link
 * ChurnDetected#detectedAt()} and {@code RESIGNED} {@link TutorLifecycleChanged#occurredAt()}: the
 * day the churn became known (a resignation's own day; otherwise the detection day, e.g. the 15th
 * silent day). {@link ChurnDetected#lastSessionAt()} is deliberately not used, for three reasons:
 * (1) the labels are "churn detected or resigned within W days after the as-of date" ({@link
 * com.tutormax.training.evaluation.domain.Labels}), which is what churn-service is asked to predict
 * and is served against; (2) a date that is only known 14+ days after it happened would turn rows
 * already labelled NEGATIVE (window observed, no churn known) into POSITIVE later, breaking the
 * censoring that {@code Labels} relies on, whereas a detection date is known on the day itself; (3)
 * the last session is not the churn day of a low-volume churn (the tutor still held sessions), and
 * for inactivity the generator's ground-truth leave day is the 15th silent day, which is the
 * detection day. Only the first churn counts: rows stop there, so a reactivated tutor's later
 * history is not used.
 *
 * @param churnedOn the churn day, or null if the tutor has not churned
 */
public record TutorHistory(
    TutorProfile profile, List<TutorDayClosed> closedDays, LocalDate churnedOn) {

  public TutorHistory {
    Objects.requireNonNull(profile, "profile");
    closedDays = List.copyOf(closedDays);
    for (TutorDayClosed day : closedDays) {
      if (!profile.tutorId().equals(day.tutorId())) {
        throw new IllegalArgumentException(
            "a day of " + day.tutorId() + " in the history of " + profile.tutorId());
      }
    }
  }

  public String tutorId() {
    return profile.tutorId();
  }

  /**
   * The history of a registered tutor from their events; every event must be theirs. Lifecycle
   * changes other than {@code RESIGNED} do not churn a tutor.
   */
  public static TutorHistory of(
      TutorRegistered registered,
      Collection<TutorDayClosed> closedDays,
      Collection<ChurnDetected> detections,
      Collection<TutorLifecycleChanged> lifecycle) {
    String tutorId = registered.tutorId();
    LocalDate churnedOn = null;
    for (ChurnDetected detected : detections) {
      requireTutor(tutorId, detected.tutorId());
      churnedOn = earliest(churnedOn, utcDay(detected.detectedAt()));
    }
    for (TutorLifecycleChanged change : lifecycle) {
      requireTutor(tutorId, change.tutorId());
      if (change.change() == TutorLifecycleChanged.Change.RESIGNED) {
        churnedOn = earliest(churnedOn, utcDay(change.occurredAt()));
      }
    }
    return new TutorHistory(TutorProfile.of(registered), List.copyOf(closedDays), churnedOn);
  }

  private static void requireTutor(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException("an event of " + actual + " for " + expected);
    }
  }

  private static LocalDate utcDay(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate earliest(LocalDate current, LocalDate candidate) {
    return current == null || candidate.isBefore(current) ? candidate : current;
  }
}
