package com.tutormax.evaluation.performance.domain;

import static com.tutormax.evaluation.performance.domain.Events.DAY;
import static com.tutormax.evaluation.performance.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDayTest {

  @Test
  void aSessionBelongsToTheDayItWasScheduledForEvenWhenItRunsPastMidnight() {
    var lateEvening = Events.session("S1").at(at(DAY, 23, 30)).build();

    assertThat(EventDay.of(lateEvening)).isEqualTo(DAY);
  }

  @Test
  void feedbackBelongsToTheDayItWasSubmittedNotTheSessionsDay() {
    var nextMorning = Events.feedback("F1", 5, false, at(DAY.plusDays(1), 0, 10));

    assertThat(EventDay.of(nextMorning)).isEqualTo(DAY.plusDays(1));
  }

  @Test
  void activityAndLifecycleBelongToTheDayTheyOccurred() {
    assertThat(EventDay.of(Events.login("A1", at(DAY, 0, 0)))).isEqualTo(DAY);
    var resigned =
        new TutorLifecycleChanged(
            "T-0001",
            TutorLifecycleChanged.Change.RESIGNED,
            Instant.parse("2026-03-02T23:59:59Z"),
            null,
            DataSource.SYNTHETIC);
    assertThat(EventDay.of(resigned)).isEqualTo(DAY);
  }

  @Test
  void otherEventsHaveNoDay() {
    var registered =
        new TutorRegistered(
            "T-0001", "A", "a@x", List.of("math"), "STEM", 15, Instant.EPOCH, DataSource.SYNTHETIC);

    assertThatThrownBy(() -> EventDay.of(registered)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDaysBoundsAreUtcMidnightAndItsLastSecond() {
    assertThat(EventDay.startOf(DAY)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(EventDay.lastSecondOf(DAY)).isEqualTo(Instant.parse("2026-03-02T23:59:59Z"));
  }
}
