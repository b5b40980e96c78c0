package com.tutormax.common.domain;

/** Metric windows of performance evaluation, in days of event time. */
public enum Window {
  DAYS_7(7),
  DAYS_30(30),
  DAYS_90(90);

  private final int days;

  Window(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
