package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which UTC day an event belongs to. Attribution is by event time, never by arrival time, so a late
 * or replayed event lands on the same day it would have landed on live: a session on the day of its
 * scheduled start, feedback on the day it was submitted, activity and lifecycle changes on the day
 * they occurred.
 */
public final class EventDay {

  private EventDay() {}

  public static LocalDate of(TutorMaxEvent event) {
    return utcDay(timeOf(event));
  }

  /** The event-time instant that {@link #of} attributes. */
  public static Instant timeOf(TutorMaxEvent event) {
    if (event instanceof SessionRecorded session) {
      return session.scheduledStart();
    }
    if (event instanceof FeedbackSubmitted feedback) {
      return feedback.submittedAt();
    }
    if (event instanceof TutorActivityRecorded activity) {
      return activity.occurredAt();
    }
    if (event instanceof TutorLifecycleChanged lifecycle) {
      return lifecycle.occurredAt();
    }
    throw new IllegalArgumentException(
        "no day attribution for " + event.getClass().getSimpleName());
  }

  public static LocalDate utcDay(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The first instant of a UTC day. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The last whole second of a UTC day: when a day-based finding is complete. */
  public static Instant lastSecondOf(LocalDate day) {
    return startOf(day.plusDays(1)).minusSeconds(1);
  }
}
