package com.tutormax.api.records.domain;

import java.time.Instant;

/** A stored tutoring session. It names the student by id only, never by name. */
public record TutoringSession(
    String sessionId,
    String tutorId,
    String studentId,
    int sessionNumber,
    Instant scheduledStart,
    Instant actualStart,
    int durationMinutes,
    String subject,
    String sessionType,
    boolean tutorRescheduled,
    boolean studentRescheduled,
    Double rescheduleNoticeHours,
    String rescheduleReason,
    boolean noShow,
    int lateStartMinutes,
    double engagementScore,
    boolean learningObjectivesMet,
    boolean technicalIssues,
    String source) {}
