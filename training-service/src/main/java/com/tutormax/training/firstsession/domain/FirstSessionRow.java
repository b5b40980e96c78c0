package com.tutormax.training.firstsession.domain;

import com.tutormax.common.features.FirstSessionFeatures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One row of the first-session model: a rated first session's features, known before it started (in
 * the order of {@link FirstSessionFeatures#NAMES}), and whether it was rated below 3.
 */
public record FirstSessionRow(
    String sessionId, String tutorId, Instant scheduledStart, double[] features, boolean poor) {

  public FirstSessionRow {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(scheduledStart, "scheduledStart");
    features = features.clone();
  }

  /** The session's UTC day: the temporal split's unit (no day in two splits). */
  public LocalDate day() {
    return scheduledStart.atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Override
  public double[] features() {
    return features.clone();
  }

  /** The value of a named feature. */
  public double feature(String name) {
    int i = FirstSessionFeatures.NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no feature " + name);
    }
    return features[i];
  }
}
