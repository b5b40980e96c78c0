package com.tutormax.churn.interventions.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What was already recommended to a tutor: when each type was last recommended, and which human
 * tasks are still open (not completed, declined or cancelled). The rules' cooldowns read it.
 */
public record InterventionLog(
    Map<InterventionType, Instant> lastRecommended, Set<InterventionType> open) {

  public InterventionLog {
    lastRecommended =
        lastRecommended.isEmpty()
            ? new EnumMap<>(InterventionType.class)
            : new EnumMap<>(lastRecommended);
    open = open.isEmpty() ? EnumSet.noneOf(InterventionType.class) : EnumSet.copyOf(open);
  }

  public static InterventionLog empty() {
    return new InterventionLog(Map.of(), Set.of());
  }

  /** When {@code type} was last recommended (null: never). */
  public Instant last(InterventionType type) {
    return lastRecommended.get(type);
  }

  public boolean isOpen(InterventionType type) {
    return open.contains(type);
  }

  /** This log after {@code recommendation} was made at {@code at}. */
  public InterventionLog with(Recommendation recommendation, Instant at) {
    Map<InterventionType, Instant> last = new EnumMap<>(InterventionType.class);
    last.putAll(lastRecommended);
    last.put(recommendation.type(), at);
    Set<InterventionType> stillOpen = EnumSet.noneOf(InterventionType.class);
    stillOpen.addAll(open);
    if (!recommendation.automated()) {
      stillOpen.add(recommendation.type());
    }
    return new InterventionLog(last, stillOpen);
  }
}
