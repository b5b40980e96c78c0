package com.tutormax.common.features;

import com.tutormax.common.events.TutorRegistered;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the churn features need to know about a tutor besides their closed days: who they are, the
 * UTC day they joined and the sessions a week they signed up for ({@code 0} or less: unknown).
 */
public record TutorProfile(String tutorId, LocalDate joinedOn, int baselineSessionsPerWeek) {

  public TutorProfile {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(joinedOn, "joinedOn");
  }

  /** The profile of a registered tutor (joined on the UTC day of {@code joinedAt}). */
  public static TutorProfile of(TutorRegistered registered) {
    return new TutorProfile(
        registered.tutorId(),
        registered.joinedAt().atZone(ZoneOffset.UTC).toLocalDate(),
        registered.baselineSessionsPerWeek());
  }
}
