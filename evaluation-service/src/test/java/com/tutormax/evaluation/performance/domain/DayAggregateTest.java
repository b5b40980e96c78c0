package com.tutormax.evaluation.performance.domain;

import static com.tutormax.evaluation.performance.domain.Events.DAY;
import static com.tutormax.evaluation.performance.domain.Events.TUTOR;
import static com.tutormax.evaluation.performance.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.SessionRecorded.SessionType;
import com.tutormax.common.events.TutorActivityRecorded.Kind;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DayAggregateTest {

  private final DayAggregate empty = DayAggregate.empty(TUTOR, DAY);

  @Test
  void aHeldOnTimeSessionCountsAsScheduledHeldAndOnTimeWithItsEngagementAndObjectives() {
    DayAggregate a = empty.plus(Events.session("S1").engagement(0.75).build());

    assertThat(a.sessionsScheduled()).isEqualTo(1);
    assertThat(a.sessionsCompleted()).isEqualTo(1);
    assertThat(a.onTimeSessions()).isEqualTo(1);
    assertThat(a.lateStarts()).isZero();
    assertThat(a.noShows()).isZero();
    assertThat(a.engagementSum()).isEqualTo(0.75);
    assertThat(a.objectivesMet()).isEqualTo(1);
  }

  @Test
  void aNoShowIsScheduledButNotHeldAndAddsNoEngagementObjectivesOrIssues() {
    DayAggregate a = empty.plus(Events.session("S1").noShow().technicalIssues().build());

    assertThat(a.sessionsScheduled()).isEqualTo(1);
    assertThat(a.noShows()).isEqualTo(1);
    assertThat(a.sessionsCompleted()).isZero();
    assertThat(a.onTimeSessions()).isZero();
    assertThat(a.engagementSum()).isZero();
    assertThat(a.objectivesMet()).isZero();
    assertThat(a.technicalIssues()).isZero();
  }

  @Test
  void aStartMoreThanFiveMinutesLateIsALateStartFiveIsStillOnTime() {
    DayAggregate a =
        empty.plus(Events.session("S1").late(5).build()).plus(Events.session("S2").late(6).build());

    assertThat(a.onTimeSessions()).isEqualTo(1);
    assertThat(a.lateStarts()).isEqualTo(1);
  }

  @Test
  void tutorReschedulesWithLessThan24HoursNoticeAreShortNotice() {
    DayAggregate a =
        empty
            .plus(Events.session("S1").tutorRescheduled(23.9).build())
            .plus(Events.session("S2").tutorRescheduled(24).build())
            .plus(Events.session("S3").build());

    assertThat(a.tutorReschedules()).isEqualTo(2);
    assertThat(a.shortNoticeReschedules()).isEqualTo(1);
    assertThat(a.sessionsScheduled()).isEqualTo(3);
  }

  @Test
  void technicalIssuesAreCountedOnHeldSessions() {
    DayAggregate a = empty.plus(Events.session("S1").technicalIssues().objectivesMissed().build());

    assertThat(a.technicalIssues()).isEqualTo(1);
    assertThat(a.objectivesMet()).isZero();
  }

  @Test
  void feedbackAddsItsRatingAndFirstSessionsRatedFourOrMoreAreSuccesses() {
    DayAggregate a =
        empty
            .plus(Events.feedback("F1", 5, false, at(DAY, 12, 0)))
            .plus(Events.feedback("F2", 4, true, at(DAY, 13, 0)))
            .plus(Events.feedback("F3", 3, true, at(DAY, 14, 0)));

    assertThat(a.ratingsCount()).isEqualTo(3);
    assertThat(a.ratingsSum()).isEqualTo(12);
    assertThat(a.firstSessions()).isEqualTo(2);
    assertThat(a.firstSessionsSuccessful()).isEqualTo(1);
  }

  @Test
  void activityCountsByKindAndResponseTimesAreKeptSorted() {
    DayAggregate a =
        empty
            .plus(Events.login("A1", at(DAY, 8, 0)))
            .plus(Events.login("A2", at(DAY, 20, 0)))
            .plus(Events.response("A3", at(DAY, 9, 0), 40.5))
            .plus(Events.response("A4", at(DAY, 10, 0), 12))
            .plus(Events.availability("A5", at(DAY, 11, 0), 2))
            .plus(Events.availability("A6", at(DAY, 12, 0), -3))
            .plus(Events.activity("A7", Kind.TRAINING_COMPLETED, at(DAY, 13, 0), null, null))
            .plus(Events.activity("A8", Kind.RESCHEDULE_REQUEST, at(DAY, 14, 0), null, null));

    assertThat(a.logins()).isEqualTo(2);
    assertThat(a.messageResponses()).isEqualTo(2);
    assertThat(a.responseMinutesSum()).isEqualTo(52.5);
    assertThat(a.responseMinutes()).containsExactly(12.0, 40.5);
    assertThat(a.availabilityChanges()).isEqualTo(2);
    assertThat(a.availabilityHoursDelta()).isEqualTo(-1.0);
    assertThat(a.trainingCompletions()).isEqualTo(1);
    // A reschedule request is counted from its session, not again here.
    assertThat(a).isEqualTo(withoutRescheduleRequest(a));
  }

  @Test
  void heldSessionsAddTheirSubjectOnceAndFirstSessionsTheirPoorSignals() {
    DayAggregate a =
        empty
            .plus(Events.session("S1").subject("physics", SessionType.ONE_ON_ONE).build())
            .plus(Events.session("S2").subject("algebra", SessionType.GROUP).build())
            .plus(Events.session("S3").subject("physics", SessionType.ONE_ON_ONE).build())
            .plus(Events.session("S4").subject("sat", SessionType.ONE_ON_ONE).noShow().build())
            .plus(Events.session("S5").first().late(11).build())
            .plus(Events.session("S6").first().late(10).build())
            .plus(Events.session("S7").late(30).build())
            .plus(Events.feedback("F1", 2, true, at(DAY, 12, 0)))
            .plus(Events.feedback("F2", 3, true, at(DAY, 13, 0)))
            .plus(Events.feedback("F3", 4, true, at(DAY, 14, 0)))
            .plus(Events.feedback("F4", 1, false, at(DAY, 15, 0)));

    // A no-show teaches nothing: "sat" is not a subject of the day.
    assertThat(a.subjects()).containsExactly("algebra", "math", "physics");
    // More than 10 minutes late, on a first session only.
    assertThat(a.firstSessionLateStarts()).isEqualTo(1);
    // Rated first sessions below 3; F2 (3) is not poor but would not recommend (rating < 4).
    assertThat(a.firstSessionsPoorlyRated()).isEqualTo(1);
    assertThat(a.firstSessionsNotRecommended()).isEqualTo(2);
  }

  @Test
  void eventsOfAnotherDayOrTutorAreRefused() {
    var tomorrow = Events.session("S1").at(at(DAY.plusDays(1), 0, 0)).build();
    var otherTutor = Events.session("S2").tutor("T-0002").build();

    assertThatThrownBy(() -> empty.plus(tomorrow)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> empty.plus(otherTutor)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameEventsInAnyOrderGiveAnEqualAggregate() {
    List<TutorMaxEvent> events = new ArrayList<>();
    double[] awkward = {0.1, 0.2, 0.3, 0.7, 0.33, 0.67, 0.01, 0.99, 0.123456};
    for (int i = 0; i < awkward.length; i++) {
      events.add(Events.session("S" + i).at(at(DAY, 8 + i, 0)).engagement(awkward[i]).build());
      events.add(Events.response("R" + i, at(DAY, 8 + i, 5), awkward[i] * 100 + 0.1));
      events.add(Events.availability("V" + i, at(DAY, 8 + i, 10), awkward[i] - 0.5));
      events.add(Events.feedback("F" + i, 1 + i % 5, i % 2 == 0, at(DAY, 8 + i, 15)));
    }
    events.add(Events.session("N").noShow().build());
    DayAggregate inOrder = applyAll(events);

    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<TutorMaxEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      assertThat(applyAll(shuffled)).isEqualTo(inOrder);
    }
    // Exactly the decimal sum 0.1 + 0.2 + ... + 0.123456, which plain double addition misses.
    assertThat(inOrder.engagementSum()).isEqualTo(3.423456);
  }

  @Test
  void theClosedEventCarriesEveryCounter() {
    DayAggregate a =
        empty
            .plus(Events.session("S1").first().late(10).tutorRescheduled(2).build())
            .plus(Events.feedback("F1", 4, true, at(DAY, 12, 0)))
            .plus(Events.response("A1", at(DAY, 9, 0), 30))
            .plus(Events.login("A2", at(DAY, 9, 0)));
    Instant closedAt = Instant.parse("2026-03-03T00:00:05Z");

    TutorDayClosed closed = a.toClosedEvent(closedAt);

    assertThat(closed)
        .isEqualTo(
            new TutorDayClosed(
                TUTOR,
                DAY,
                1,
                1,
                0,
                1,
                1,
                1,
                1,
                1,
                1,
                4,
                0.8,
                1,
                0,
                1,
                1,
                30.0,
                0,
                0.0,
                0,
                closedAt,
                List.of(30.0),
                List.of("math"),
                0,
                0,
                0));
  }

  @Test
  void anAggregateRebuiltFromStorageEqualsTheOneBuiltFromEvents() {
    DayAggregate a =
        empty
            .plus(Events.response("A1", at(DAY, 9, 0), 30))
            .plus(Events.response("A2", at(DAY, 9, 0), 10));

    DayAggregate stored =
        new DayAggregate(
            TUTOR,
            DAY,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            2,
            40,
            List.of(30.0, 10.0),
            0,
            0,
            0,
            List.of(),
            0,
            0,
            0);

    assertThat(stored).isEqualTo(a);
    assertThatThrownBy(
            () ->
                new DayAggregate(
                    TUTOR, DAY, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 40, List.of(), 0, 0,
                    0, List.of(), 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private DayAggregate applyAll(List<TutorMaxEvent> events) {
    DayAggregate a = empty;
    for (TutorMaxEvent event : events) {
      a = a.plus(event);
    }
    return a;
  }

  private DayAggregate withoutRescheduleRequest(DayAggregate a) {
    return a.plus(Events.activity("A9", Kind.RESCHEDULE_REQUEST, at(DAY, 15, 0), null, null));
  }
}
