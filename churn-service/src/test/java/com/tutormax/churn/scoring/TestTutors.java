package com.tutormax.churn.scoring;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorRegistered;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Registrations of hand-built test tutors (5 sessions a week, algebra). */
public final class TestTutors {

  private TestTutors() {}

  public static TutorRegistered registered(String tutorId, LocalDate joinedOn) {
    return new TutorRegistered(
        tutorId,
        "Tutor " + tutorId,
        tutorId.toLowerCase() + "@example.org",
        List.of("algebra"),
        "STEM",
        5,
        joinedOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
        DataSource.SYNTHETIC);
  }
}
