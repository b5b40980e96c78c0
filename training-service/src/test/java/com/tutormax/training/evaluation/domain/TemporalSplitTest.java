package com.tutormax.training.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemporalSplitTest {

  private record Row(String id, LocalDate asOf) {}

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void twentyDatesSplitFourteenThreeThree() {
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      // Two rows on even days, one on odd ones: dates, not rows, are what gets split.
      rows.add(new Row("a" + d, START.plusDays(d)));
      if (d % 2 == 0) {
        rows.add(new Row("b" + d, START.plusDays(d)));
      }
    }
    Collections.shuffle(rows, new Random(7));

    TemporalSplit.Split<Row> split = TemporalSplit.split(rows, Row::asOf);

    assertThat(dates(split.train())).isEqualTo(range(0, 14));
    assertThat(dates(split.validation())).isEqualTo(range(14, 17));
    assertThat(dates(split.test())).isEqualTo(range(17, 20));
    assertThat(split.train().size() + split.validation().size() + split.test().size())
        .isEqualTo(rows.size());
    Set<LocalDate> overlap = new HashSet<>(dates(split.train()));
    overlap.retainAll(dates(split.validation()));
    overlap.addAll(intersection(dates(split.validation()), dates(split.test())));
    overlap.addAll(intersection(dates(split.train()), dates(split.test())));
    assertThat(overlap).isEmpty();
  }

  @Test
  void eachSplitKeepsInputOrder() {
    List<Row> rows =
        List.of(
            new Row("late", START.plusDays(2)),
            new Row("first", START),
            new Row("middle", START.plusDays(1)),
            new Row("second", START));

    TemporalSplit.Split<Row> split = TemporalSplit.split(rows, Row::asOf);

    assertThat(split.train()).extracting(Row::id).containsExactly("first", "second");
    assertThat(split.validation()).extracting(Row::id).containsExactly("middle");
    assertThat(split.test()).extracting(Row::id).containsExactly("late");
  }

  @Test
  void roundingGivesHeldOutSplitsFloorOfFifteenPercentAndAtLeastOneDate() {
    assertThat(TemporalSplit.heldOutDates(20)).isEqualTo(3);
    assertThat(TemporalSplit.heldOutDates(21)).isEqualTo(3); // 3.15
    assertThat(TemporalSplit.heldOutDates(33)).isEqualTo(4); // 4.95
    assertThat(TemporalSplit.heldOutDates(100)).isEqualTo(15);
    assertThat(TemporalSplit.heldOutDates(10)).isEqualTo(1); // 1.5
    assertThat(TemporalSplit.heldOutDates(3)).isEqualTo(1); // 0.45, raised to 1
  }

  @Test
  void needsThreeDistinctDates() {
    List<Row> rows = List.of(new Row("a", START), new Row("b", START.plusDays(1)));

    assertThatThrownBy(() -> TemporalSplit.split(rows, Row::asOf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Set<LocalDate> dates(List<Row> rows) {
    return rows.stream().map(Row::asOf).collect(Collectors.toSet());
  }

  private static Set<LocalDate> range(int fromDay, int toDayExclusive) {
    Set<LocalDate> dates = new HashSet<>();
    for (int d = fromDay; d < toDayExclusive; d++) {
      dates.add(START.plusDays(d));
    }
    return dates;
  }

  private static Set<LocalDate> intersection(Set<LocalDate> a, Set<LocalDate> b) {
    Set<LocalDate> both = new HashSet<>(a);
    both.retainAll(b);
    return both;
  }
}
