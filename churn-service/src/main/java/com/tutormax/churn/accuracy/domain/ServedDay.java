package com.tutormax.churn.accuracy.domain;

import com.tutormax.common.domain.RiskLevel;
import java.time.LocalDate;
import java.util.Objects;

/** A tutor's stored prediction as of a day: the level the model predicted. */
public record ServedDay(String tutorId, LocalDate asOfDay, RiskLevel predicted) {

  public ServedDay {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(asOfDay, "asOfDay");
    Objects.requireNonNull(predicted, "predicted");
  }
}
