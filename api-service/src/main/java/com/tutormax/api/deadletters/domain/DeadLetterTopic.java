package com.tutormax.api.deadletters.domain;

/**
 * A dead-letter topic: how many records it holds and how many have not been replayed yet (the
 * replay group's committed offsets mark what was replayed).
 */
public record DeadLetterTopic(String topic, String originTopic, long total, long pending) {}
