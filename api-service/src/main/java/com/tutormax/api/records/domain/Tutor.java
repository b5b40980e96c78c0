package com.tutormax.api.records.domain;

import java.time.Instant;
import java.util.List;

/** A stored tutor with the status their latest lifecycle change gave them. */
public record Tutor(
    String tutorId,
    String name,
    String email,
    List<String> subjects,
    String subjectFamily,
    int baselineSessionsPerWeek,
    Instant joinedAt,
    TutorStatus status,
    Instant statusChangedAt,
    String statusReason,
    String source) {}
