package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;

/**
 * POST /api/ingest/sessions: a session as it happened. The exception flags (reschedules, no-show,
 * technical issues) and late_start_minutes may be left out and then mean "did not happen".
 */
public record SessionRequest(
    String sessionId,
    String tutorId,
    String studentId,
    Integer sessionNumber,
    Instant scheduledStart,
    Instant actualStart,
    Integer durationMinutes,
    String subject,
    SessionType sessionType,
    boolean tutorRescheduled,
    boolean studentRescheduled,
    Double rescheduleNoticeHours,
    String rescheduleReason,
    boolean noShow,
    int lateStartMinutes,
    Double engagementScore,
    Boolean learningObjectivesMet,
    boolean technicalIssues)
    implements IngestRequest {

  public static SessionRequest read(RecordReader r) {
    return new SessionRequest(
        r.text("session_id"),
        r.text("tutor_id"),
        r.text("student_id"),
        r.requiredInteger("session_number"),
        r.timestamp("scheduled_start"),
        r.timestamp("actual_start"),
        r.requiredInteger("duration_minutes"),
        r.text("subject"),
        r.choice("session_type", SessionType.class),
        r.flag("tutor_rescheduled", false),
        r.flag("student_rescheduled", false),
        r.number("reschedule_notice_hours"),
        r.text("reschedule_reason"),
        r.flag("no_show", false),
        r.integer("late_start_minutes", 0),
        r.requiredNumber("engagement_score"),
        r.requiredFlag("learning_objectives_met"),
        r.flag("technical_issues", false));
  }

  @Override
  public String naturalId() {
    return sessionId;
  }

  @Override
  public SessionRecorded toEvent() {
    return new SessionRecorded(
        sessionId,
        tutorId,
        studentId,
        IngestRequest.orZero(sessionNumber),
        scheduledStart,
        actualStart,
        IngestRequest.orZero(durationMinutes),
        IngestRequest.subject(subject),
        sessionType,
        tutorRescheduled,
        studentRescheduled,
        rescheduleNoticeHours,
        rescheduleReason,
        noShow,
        lateStartMinutes,
        IngestRequest.orZero(engagementScore),
        IngestRequest.orFalse(learningObjectivesMet),
        technicalIssues,
        DataSource.INGEST);
  }
}
