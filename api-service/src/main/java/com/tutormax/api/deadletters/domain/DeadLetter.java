package com.tutormax.api.deadletters.domain;

import java.time.Instant;

/**
 * One record in a dead-letter topic: where it came from, why it failed and which consumer group
 * failed it, whether it has been replayed, and the start of its value (it may not be JSON at all).
 */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    Instant timestamp,
    String key,
    String origin,
    String reason,
    String consumerGroup,
    String eventType,
    String eventId,
    String valuePreview,
    boolean replayed) {}
