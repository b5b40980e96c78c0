package com.tutormax.churn.firstsession.domain;

import com.tutormax.common.events.SessionBooked;
import java.time.Instant;
import java.util.List;

/**
 * A booked first session as churn assessed it: the probability of a rating below 3 from the served
 * first-session model (null when no model was served yet, or the tutor was unknown), its top
 * factors in words, and whether the tutor was sent a preparation reminder.
 */
public record FirstSessionRisk(
    String sessionId,
    String tutorId,
    String studentId,
    Instant scheduledStart,
    String subject,
    Instant bookedAt,
    Integer studentAge,
    Double probability,
    String modelId,
    List<String> factors,
    boolean reminded,
    Instant assessedAt) {

  public FirstSessionRisk {
    factors = List.copyOf(factors);
  }

  /** The booking this assessment is of (to assess it again once a model is served). */
  public SessionBooked booking() {
    return new SessionBooked(
        sessionId,
        tutorId,
        studentId,
        1,
        scheduledStart,
        0,
        subject,
        null,
        studentAge,
        bookedAt,
        null);
  }
}
