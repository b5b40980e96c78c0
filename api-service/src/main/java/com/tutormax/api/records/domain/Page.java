package com.tutormax.api.records.domain;

import java.util.List;

/** One page of a list and the number of rows of the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(List.copyOf(items), request.page(), request.size(), total);
  }

  public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
