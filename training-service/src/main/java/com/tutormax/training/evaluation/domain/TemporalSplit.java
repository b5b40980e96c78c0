package com.tutormax.training.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits training rows 70/15/15 by as-of date into train, validation and test, so a model is always
 * judged on days after those it learned from and no day's rows leak across splits (rows of the same
 * day share tutors and events).
 *
 * <p>Rounding rule, on the number D of distinct as-of dates: validation and test each get {@code
 * max(1, floor(0.15·D))} dates (integer arithmetic: {@code D·15/100}), and train gets the rest, the
 * earliest {@code D − 2·that}. Train therefore gets at least 70%, and rounding never empties the
 * splits a model is judged on. 20 dates give 14/3/3, 21 give 15/3/3, 10 give 8/1/1, 3 give 1/1/1;
 * fewer than 3 dates cannot be split and are rejected.
 */
public final class TemporalSplit {

  private TemporalSplit() {}

  /** The three splits, each keeping its rows in input order. */
  public record Split<T>(List<T> train, List<T> validation, List<T> test) {

    public Split {
      train = List.copyOf(train);
      validation = List.copyOf(validation);
      test = List.copyOf(test);
    }
  }

  /** How many distinct dates validation and test each get out of {@code distinctDates}. */
  static int heldOutDates(int distinctDates) {
    return Math.max(1, distinctDates * 15 / 100);
  }

  public static <T> Split<T> split(List<T> rows, Function<T, LocalDate> asOf) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (T row : rows) {
      dates.add(Objects.requireNonNull(asOf.apply(row), "row without an as-of date"));
    }
    int d = dates.size();
    if (d < 3) {
      throw new IllegalArgumentException("need at least 3 distinct as-of dates to split, got " + d);
    }
    int heldOut = heldOutDates(d);
    List<LocalDate> sorted = new ArrayList<>(dates);
    LocalDate firstValidation = sorted.get(d - 2 * heldOut);
    LocalDate firstTest = sorted.get(d - heldOut);

    List<T> train = new ArrayList<>();
    List<T> validation = new ArrayList<>();
    List<T> test = new ArrayList<>();
    for (T row : rows) {
      LocalDate date = asOf.apply(row);
      if (date.isBefore(firstValidation)) {
        train.add(row);
      } else if (date.isBefore(firstTest)) {
        validation.add(row);
      } else {
        test.add(row);
      }
    }
    return new Split<>(train, validation, test);
  }
}
