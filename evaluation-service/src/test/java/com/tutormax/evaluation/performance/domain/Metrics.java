package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.Window;
import java.time.LocalDate;
import java.util.Map;

/** 30-day {@link WindowMetrics} of a healthy tutor with ample samples; change what matters. */
final class Metrics {

  private int daysObserved = 30;
  private int scheduled = 100;
  private int held = 98;
  private int ratingsUsed = 30;
  private Double rating = 4.5;
  private int firstSessionsRated = 10;
  private Double firstSessionSuccess = 80.0;
  private Double reschedule = 2.0;
  private Double noShow = 2.0;
  private Double engagement = 90.0;
  private Double objectives = 90.0;

  static Metrics healthy() {
    return new Metrics();
  }

  Metrics rating(Double value, int used) {
    rating = value;
    ratingsUsed = used;
    return this;
  }

  Metrics firstSessionSuccess(Double value, int rated) {
    firstSessionSuccess = value;
    firstSessionsRated = rated;
    return this;
  }

  Metrics reschedule(Double value) {
    reschedule = value;
    return this;
  }

  Metrics noShow(Double value) {
    noShow = value;
    return this;
  }

  Metrics scheduled(int scheduled, int held) {
    this.scheduled = scheduled;
    this.held = held;
    return this;
  }

  Metrics engagement(Double value, int daysObserved) {
    engagement = value;
    this.daysObserved = daysObserved;
    return this;
  }

  Metrics objectives(Double value) {
    objectives = value;
    return this;
  }

  WindowMetrics build() {
    return new WindowMetrics(
        Window.DAYS_30,
        LocalDate.parse("2026-03-31"),
        daysObserved,
        scheduled,
        held,
        ratingsUsed,
        rating,
        firstSessionsRated,
        firstSessionSuccess,
        reschedule,
        noShow,
        engagement,
        7.0,
        80.0,
        objectives,
        Map.of(),
        Map.of(),
        0,
        null,
        null,
        0,
        0.0,
        3.0,
        95.0);
  }
}
