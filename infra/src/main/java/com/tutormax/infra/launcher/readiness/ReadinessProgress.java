package com.tutormax.infra.launcher.readiness;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;

/** The progress line printed while the fleet starts. */
public final class ReadinessProgress {

  private ReadinessProgress() {}

  /** E.g. {@code [ 14s] ready 3/7: gateway-service api-service churn-service | waiting: ...}. */
  public static String line(
      Duration elapsed, Collection<String> ready, Collection<String> waiting) {
    int total = ready.size() + waiting.size();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "[%3ds] ready %d/%d", elapsed.toSeconds(), ready.size(), total));
    if (!ready.isEmpty()) {
      line.append(": ").append(String.join(" ", ready));
    }
    if (!waiting.isEmpty()) {
      line.append(" | waiting: ").append(String.join(" ", waiting));
    }
    return line.toString();
  }

  /** E.g. {@code 52.3 s}. */
  public static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
