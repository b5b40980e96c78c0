package com.tutormax.api.home.domain;

/** {@code count} of {@code of}, and their ratio (null when there is nothing to count). */
public record Share(long count, long of, Double rate) {

  public static Share of(long count, long of) {
    return new Share(count, of, of == 0 ? null : (double) count / of);
  }
}
