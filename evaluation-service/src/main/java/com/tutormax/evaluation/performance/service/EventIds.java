package com.tutormax.evaluation.performance.service;

import com.tutormax.evaluation.performance.domain.ChurnDecision;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Stable event ids for what evaluation publishes, so a replay or a second closing of the same day
 * yields the same ids and consumers drop the repeats.
 */
final class EventIds {

  private EventIds() {}

  static UUID id(String tutorId, ChurnDecision decision) {
    return name("churn|" + tutorId + "|" + decision.reason() + "|" + decision.day());
  }

  static UUID dayClosed(String tutorId, LocalDate day) {
    return name("day-closed|" + tutorId + "|" + day);
  }

  private static UUID name(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }
}
