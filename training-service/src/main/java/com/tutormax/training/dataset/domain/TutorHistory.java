package com.tutormax.training.dataset.domain;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.TutorProfile;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One tutor's input to a training set: their profile, their closed days (any order) and their
 * departure, if they churned: the day they left and the day that became known ({@link Departure}).
 * Churn is read from lifecycle events only: evaluation's {@link ChurnDetected} and {@code RESIGNED}
 * {@link TutorLifecycleChanged}, never the generator's ground truth. Only the first churn counts
 * (the first to become known): rows stop there, so a reactivated tutor's later history is not used.
 *
 * @param departure the first churn, or null if the tutor has not churned
 */
public record TutorHistory(
    TutorProfile profile, List<TutorDayClosed> closedDays, Departure departure) {

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
    Departure departure = null;
    for (ChurnDetected detected : detections) {
      requireTutor(tutorId, detected.tutorId());
      departure = Departure.first(departure, Departure.of(detected));
    }
    for (TutorLifecycleChanged change : lifecycle) {
      requireTutor(tutorId, change.tutorId());
      if (change.change() == TutorLifecycleChanged.Change.RESIGNED) {
        departure = Departure.first(departure, Departure.resigned(change.occurredAt()));
      }
    }
    return new TutorHistory(TutorProfile.of(registered), List.copyOf(closedDays), departure);
  }

  private static void requireTutor(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException("an event of " + actual + " for " + expected);
    }
  }
}
