package com.tutormax.api.records.domain;

/** A page of a list: {@code page} counts from 0, {@code size} is 1 to 200 rows. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
