package com.tutormax.churn.interventions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksTest {

  private static final LocalDate D = LocalDate.of(2026, 3, 10);

  private static Streaks.Day day(int back, double score) {
    return new Streaks.Day(D.minusDays(back), score, List.of());
  }

  @Test
  void countsConsecutiveDaysFromTheNewest() {
    List<Streaks.Day> days = List.of(day(0, 60), day(1, 55), day(2, 51), day(3, 40), day(4, 90));
    assertThat(Streaks.of(days, d -> d.score() > 50)).isEqualTo(3);
    assertThat(Streaks.of(days, d -> d.score() > 75)).isZero();
    assertThat(Streaks.of(List.of(), d -> true)).isZero();
  }

  @Test
  void aMissingDayEndsTheStreak() {
    List<Streaks.Day> days = List.of(day(0, 60), day(1, 60), day(3, 60));
    assertThat(Streaks.of(days, d -> d.score() > 50)).isEqualTo(2);
  }
}
