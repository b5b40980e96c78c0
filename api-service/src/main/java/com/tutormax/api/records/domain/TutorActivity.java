package com.tutormax.api.records.domain;

import java.time.Instant;

/** A stored tutor behaviour event (login, message response, availability change, …). */
public record TutorActivity(
    String activityId,
    String tutorId,
    String kind,
    Instant occurredAt,
    Double responseMinutes,
    Double availabilityHoursDelta,
    String trainingModule,
    String detail,
    String source) {}
