package com.tutormax.training.firstsession.domain;

import com.tutormax.common.events.TutorDayClosed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-made closed days and synthetic first-session rows for the first-session tests. */
final class FirstSessionFixtures {

  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private FirstSessionFixtures() {}

  /**
   * A closed day with {@code held} held sessions, each rated {@code rating} with engagement {@code
   * engagement}, of which {@code firstSessions} were first sessions ({@code poorFirstSessions} of
   * them rated below 3, the others 4 or more).
   */
  static TutorDayClosed day(
      String tutorId,
      LocalDate day,
      int held,
      int rating,
      double engagement,
      int firstSessions,
      int poorFirstSessions) {
    return new TutorDayClosed(
        tutorId,
        day,
        held,
        held,
        0,
        0,
        0,
        0,
        firstSessions,
        firstSessions - poorFirstSessions,
        held,
        held * rating,
        held * engagement,
        held,
        0,
        0,
        0,
        0.0,
        0,
        0.0,
        0,
        day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
        List.of(),
        held > 0 ? List.of("algebra") : List.of(),
        poorFirstSessions,
        0,
        0);
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * {@code perDay} rows on each of {@code days} days from FIRST_DAY with standard normal features
   * of {@code width}; a session is poor with probability sigmoid(−1 + 1.5·x₀ − 1.0·x₁), the other
   * features are noise.
   */
  static List<FirstSessionRow> synthetic(long seed, int days, int perDay, int width) {
    Random random = new Random(seed);
    List<FirstSessionRow> rows = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      for (int i = 0; i < perDay; i++) {
        double[] x = new double[width];
        for (int j = 0; j < width; j++) {
          x[j] = random.nextGaussian();
        }
        double logit = -1 + 1.5 * x[0] - 1.0 * x[1];
        boolean poor = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        rows.add(
            new FirstSessionRow(
                "s-" + d + "-" + i, "t-" + i % 7, at(FIRST_DAY.plusDays(d), 8 + i % 12), x, poor));
      }
    }
    return rows;
  }
}
