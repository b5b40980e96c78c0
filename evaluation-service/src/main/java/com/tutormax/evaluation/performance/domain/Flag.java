package com.tutormax.evaluation.performance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A headline metric past its threshold, with how far ({@link Severity}) and the value seen. */
public record Flag(HeadlineMetric metric, Severity severity, double value) {

  public Flag {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * The flags of a window's metrics, in {@link HeadlineMetric} order. The PRD evaluates flags on
   * the 30-day window; a metric below its minimum sample raises none.
   */
  public static List<Flag> raisedBy(WindowMetrics metrics) {
    List<Flag> flags = new ArrayList<>();
    for (HeadlineMetric metric : HeadlineMetric.values()) {
      Double v = metric.judgeableValue(metrics);
      if (v != null && metric.isFlagged(v)) {
        flags.add(new Flag(metric, metric.isRed(v) ? Severity.RED : Severity.AMBER, v));
      }
    }
    return List.copyOf(flags);
  }

  public static long count(Collection<Flag> flags, Severity severity) {
    return flags.stream().filter(f -> f.severity() == severity).count();
  }

  /** The flag's code for {@code PerformanceEvaluated.flags}, e.g. HIGH_RESCHEDULE_RATE. */
  public String code() {
    return metric.flagCode();
  }
}
