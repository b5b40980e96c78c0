package com.tutormax.common.events;

import java.time.Instant;

/**
 * A tutoring session as it happened (or did not: a no-show has no actual start). {@code
 * sessionNumber} counts sessions of this tutor-student pair; 1 is a first session. A rescheduled
 * session says who moved it, how many hours before the original start, and why (schema v2).
 */
public record SessionRecorded(
    String sessionId,
    String tutorId,
    String studentId,
    int sessionNumber,
    Instant scheduledStart,
    Instant actualStart,
    int durationMinutes,
    String subject,
    SessionType sessionType,
    boolean tutorRescheduled,
    boolean studentRescheduled,
    Double rescheduleNoticeHours,
    String rescheduleReason,
    boolean noShow,
    int lateStartMinutes,
    double engagementScore,
    boolean learningObjectivesMet,
    boolean technicalIssues,
    DataSource source)
    implements TutorMaxEvent {

  /** One-on-one or group. */
  public enum SessionType {
    ONE_ON_ONE,
    GROUP
  }

  @Override
  public String key() {
    return tutorId;
  }
}
