package com.tutormax.api.notifications.domain;

import java.time.Instant;

/**
 * A session that took place, as the notice jobs see it: when it was held (actual start, else
 * scheduled start), its tutor's name and email, and whether its notice was recorded already.
 */
public record HeldSession(
    String sessionId,
    String tutorId,
    String studentId,
    String subject,
    Instant heldAt,
    int durationMinutes,
    String tutorName,
    String tutorEmail,
    boolean noticeRecorded) {}
