package com.tutormax.api.records.domain;

import java.time.Instant;

/** A student as staff see them: the name decrypted, the parental consent (COPPA) recorded. */
public record Student(
    String studentId,
    String name,
    int age,
    String gradeLevel,
    boolean parentalConsent,
    Instant registeredAt,
    String source) {}
