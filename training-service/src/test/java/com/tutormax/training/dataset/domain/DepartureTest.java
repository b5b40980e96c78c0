package com.tutormax.training.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.ChurnDetected.Reason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DepartureTest {

  private static final Instant DETECTED = Instant.parse("2026-03-20T23:59:59Z");
  private static final LocalDate DETECTION_DAY = LocalDate.of(2026, 3, 20);

  @Test
  void aResignationLeavesAndIsKnownTheSameDay() {
    assertThat(Departure.of(new ChurnDetected("T-1", Reason.RESIGNED, DETECTED, null)))
        .isEqualTo(new Departure(DETECTION_DAY, DETECTION_DAY));
    assertThat(Departure.resigned(Instant.parse("2026-03-20T00:00:01Z")))
        .isEqualTo(new Departure(DETECTION_DAY, DETECTION_DAY));
  }

  @Test
  void silenceBeganTheDayAfterTheLastSession() {
    // Last session 5 March; 6–20 March are the 15 silent days.
    ChurnDetected silent =
        new ChurnDetected(
            "T-1", Reason.NO_SESSIONS_14_DAYS, DETECTED, Instant.parse("2026-03-05T15:00:00Z"));
    assertThat(Departure.of(silent))
        .isEqualTo(new Departure(LocalDate.of(2026, 3, 6), DETECTION_DAY));
    // A tutor silent for longer than the history shows left on their real first silent day.
    ChurnDetected longSilent =
        new ChurnDetected(
            "T-1", Reason.NO_SESSIONS_14_DAYS, DETECTED, Instant.parse("2026-02-01T09:00:00Z"));
    assertThat(Departure.of(longSilent).leftOn()).isEqualTo(LocalDate.of(2026, 2, 2));
  }

  @Test
  void withoutAKnownLastSessionSilenceBeganFourteenDaysBeforeDetection() {
    assertThat(Departure.of(new ChurnDetected("T-1", Reason.NO_SESSIONS_14_DAYS, DETECTED, null)))
        .isEqualTo(new Departure(LocalDate.of(2026, 3, 6), DETECTION_DAY));
    // A last session inside the 15 silent days cannot be: the silence still began by 6 March.
    ChurnDetected inconsistent =
        new ChurnDetected(
            "T-1", Reason.NO_SESSIONS_14_DAYS, DETECTED, Instant.parse("2026-03-12T09:00:00Z"));
    assertThat(Departure.of(inconsistent).leftOn()).isEqualTo(LocalDate.of(2026, 3, 6));
  }

  @Test
  void lowVolumeBeganWithTheThreeLowWeeks() {
    ChurnDetected low =
        new ChurnDetected(
            "T-1",
            Reason.BELOW_HALF_BASELINE_3_WEEKS,
            DETECTED,
            Instant.parse("2026-03-19T10:00:00Z"));
    assertThat(Departure.of(low))
        .isEqualTo(new Departure(LocalDate.of(2026, 2, 28), DETECTION_DAY));
  }

  @Test
  void noDepartureStaysUnknownLongerThanTheLongestDelay() {
    for (Reason reason : Reason.values()) {
      Departure departure = Departure.of(new ChurnDetected("T-1", reason, DETECTED, null));
      assertThat(departure.leftOn().plusDays(Departure.LONGEST_DETECTION_DELAY_DAYS))
          .as(reason.name())
          .isAfterOrEqualTo(departure.knownOn());
    }
  }

  @Test
  void theFirstToBecomeKnownCounts() {
    Departure early = new Departure(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
    Departure late = new Departure(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20));
    assertThat(Departure.first(early, late)).isEqualTo(early);
    assertThat(Departure.first(late, early)).isEqualTo(early);
    assertThat(Departure.first(null, late)).isEqualTo(late);
    assertThat(Departure.first(late, null)).isEqualTo(late);
  }

  @Test
  void isNeverKnownBeforeTheTutorLeft() {
    assertThatThrownBy(() -> new Departure(DETECTION_DAY, DETECTION_DAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
