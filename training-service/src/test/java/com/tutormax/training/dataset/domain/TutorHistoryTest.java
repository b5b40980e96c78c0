package com.tutormax.training.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorLifecycleChanged.Change;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.TutorProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TutorHistoryTest {

  private static final String TUTOR = "T-1";
  private static final TutorRegistered REGISTERED =
      new TutorRegistered(
          TUTOR,
          "Ada",
          "ada@example.com",
          List.of("Algebra"),
          "STEM",
          6,
          Instant.parse("2026-01-05T23:30:00Z"),
          DataSource.SYNTHETIC);
  private static final List<TutorDayClosed> DAYS =
      Days.every(TUTOR, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), 1);

  @Test
  void withoutChurnOrResignationTheTutorHasNoDeparture() {
    TutorHistory history = TutorHistory.of(REGISTERED, DAYS, List.of(), List.of());

    assertThat(history.departure()).isNull();
    assertThat(history.profile()).isEqualTo(new TutorProfile(TUTOR, LocalDate.of(2026, 1, 5), 6));
    assertThat(history.closedDays()).containsExactlyElementsOf(DAYS);
  }

  @Test
  void aTutorDetectedSilentLeftTheDayAfterTheLastSessionAndWasKnownOnDetection() {
    ChurnDetected silent =
        new ChurnDetected(
            TUTOR,
            ChurnDetected.Reason.NO_SESSIONS_14_DAYS,
            Instant.parse("2026-03-20T23:59:59Z"),
            Instant.parse("2026-03-05T15:00:00Z"));

    assertThat(TutorHistory.of(REGISTERED, DAYS, List.of(silent), List.of()).departure())
        .isEqualTo(new Departure(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 20)));
  }

  @Test
  void theFirstKnownOfDetectionsAndResignationsIsTheDeparture() {
    ChurnDetected later =
        new ChurnDetected(
            TUTOR,
            ChurnDetected.Reason.BELOW_HALF_BASELINE_3_WEEKS,
            Instant.parse("2026-04-30T23:59:59Z"),
            null);
    ChurnDetected first =
        new ChurnDetected(
            TUTOR, ChurnDetected.Reason.RESIGNED, Instant.parse("2026-03-20T10:00:00Z"), null);
    TutorLifecycleChanged resigned = lifecycle(Change.RESIGNED, "2026-03-18T00:00:01Z");

    assertThat(
            TutorHistory.of(REGISTERED, DAYS, List.of(later, first), List.of(resigned)).departure())
        .isEqualTo(new Departure(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 18)));
    assertThat(TutorHistory.of(REGISTERED, DAYS, List.of(later, first), List.of()).departure())
        .isEqualTo(new Departure(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20)));
  }

  @Test
  void onlyAResignationAmongLifecycleChangesIsAChurn() {
    List<TutorLifecycleChanged> changes =
        List.of(
            lifecycle(Change.JOINED, "2026-01-05T23:30:00Z"),
            lifecycle(Change.INACTIVE, "2026-02-01T12:00:00Z"),
            lifecycle(Change.REACTIVATED, "2026-02-10T12:00:00Z"));
    assertThat(TutorHistory.of(REGISTERED, DAYS, List.of(), changes).departure()).isNull();

    TutorLifecycleChanged resigned = lifecycle(Change.RESIGNED, "2026-02-20T23:59:59Z");
    assertThat(TutorHistory.of(REGISTERED, DAYS, List.of(), List.of(resigned)).departure())
        .isEqualTo(Days.resigned(LocalDate.of(2026, 2, 20)));
  }

  @Test
  void rejectsAnotherTutorsEventsAndDays() {
    ChurnDetected other =
        new ChurnDetected(
            "T-2", ChurnDetected.Reason.RESIGNED, Instant.parse("2026-03-20T10:00:00Z"), null);
    assertThatThrownBy(() -> TutorHistory.of(REGISTERED, DAYS, List.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TutorHistory.of(
                    REGISTERED,
                    List.of(Days.day("T-2", LocalDate.of(2026, 1, 6), 0)),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TutorLifecycleChanged lifecycle(Change change, String at) {
    return new TutorLifecycleChanged(
        TUTOR, change, Instant.parse(at), "test", DataSource.SYNTHETIC);
  }
}
