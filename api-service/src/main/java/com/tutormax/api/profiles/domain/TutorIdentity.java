package com.tutormax.api.profiles.domain;

import java.time.Instant;
import java.util.List;

/** Who a tutor is and how long they have been with us (from core.tutors). */
public record TutorIdentity(
    String tutorId,
    String name,
    String email,
    List<String> subjects,
    String subjectFamily,
    int baselineSessionsPerWeek,
    Instant joinedAt,
    long tenureDays,
    String status,
    Instant statusChangedAt,
    String statusReason,
    String source) {}
