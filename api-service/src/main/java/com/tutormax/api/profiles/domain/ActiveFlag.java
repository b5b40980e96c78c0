package com.tutormax.api.profiles.domain;

import java.util.ArrayList;
import java.util.List;

/** A flag raised on a tutor now: a metric flag (PERFORMANCE) or a churn pattern flag (CHURN). */
public record ActiveFlag(String code, Source source) {

  public enum Source {
    PERFORMANCE,
    CHURN
  }

  /** The flags of the latest evaluation, then those of the latest prediction. */
  public static List<ActiveFlag> of(PerformanceView performance, ChurnView churn) {
    List<ActiveFlag> flags = new ArrayList<>();
    if (performance != null) {
      performance.flags().forEach(code -> flags.add(new ActiveFlag(code, Source.PERFORMANCE)));
    }
    if (churn != null) {
      churn.flags().forEach(code -> flags.add(new ActiveFlag(code, Source.CHURN)));
    }
    return List.copyOf(flags);
  }
}
