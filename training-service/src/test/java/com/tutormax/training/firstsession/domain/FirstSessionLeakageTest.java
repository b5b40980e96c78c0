package com.tutormax.training.firstsession.domain;

import static com.tutormax.training.firstsession.domain.FirstSessionDatasetTest.AGES;
import static com.tutormax.training.firstsession.domain.FirstSessionDatasetTest.SESSION_DAY;
import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.at;
import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.training.dataset.domain.TutorHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing on or after a first session's day reaches its features: not its own rating (the label),
 * not the closed day it happened on (which carries its rating and engagement), not later days, not
 * later sessions.
 */
class FirstSessionLeakageTest {

  private final FirstSession session =
      new FirstSession("S1", "T1", "young", at(SESSION_DAY, 14), "algebra", 5);

  private FirstSessionRow rowOf(
      TutorHistory tutor, FirstSession target, List<FirstSession> others) {
    List<FirstSession> sessions = new ArrayList<>(others);
    sessions.add(target);
    return FirstSessionDataset.rows(sessions, Map.of("T1", tutor), AGES).stream()
        .filter(r -> r.sessionId().equals(target.sessionId()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void itsOwnRatingChangesTheLabelOnly() {
    FirstSessionRow rated5 = rowOf(FirstSessionDatasetTest.tutor(), session, List.of());
    FirstSession rated1 =
        new FirstSession("S1", "T1", "young", session.scheduledStart(), "algebra", 1);
    FirstSessionRow poor = rowOf(FirstSessionDatasetTest.tutor(), rated1, List.of());

    assertThat(rated5.poor()).isFalse();
    assertThat(poor.poor()).isTrue();
    assertThat(poor.features()).isEqualTo(rated5.features());
  }

  @Test
  void theSessionsDayAndLaterDaysAndSessionsAreNotSeen() {
    FirstSessionRow before = rowOf(FirstSessionDatasetTest.tutor(), session, List.of());

    TutorHistory base = FirstSessionDatasetTest.tutor();
    List<TutorDayClosed> days = new ArrayList<>(base.closedDays());
    // The session's own day (its rating, a disastrous day) and ten later days of poor first
    // sessions.
    days.add(day("T1", SESSION_DAY, 9, 1, 0.1, 5, 5));
    for (int i = 1; i <= 10; i++) {
      days.add(day("T1", SESSION_DAY.plusDays(i), 3, 1, 0.1, 3, 3));
    }
    TutorHistory withFuture = new TutorHistory(base.profile(), days, base.departure());
    List<FirstSession> later =
        List.of(
            new FirstSession("S0", "T1", "teen", at(SESSION_DAY, 9), "sat", 1),
            new FirstSession("S2", "T1", "teen", at(SESSION_DAY, 20), "sat", 1),
            new FirstSession("S3", "T1", "young", at(SESSION_DAY.plusDays(2), 14), "sat", 1));

    FirstSessionRow after = rowOf(withFuture, session, later);

    assertThat(after.features()).isEqualTo(before.features());
    assertThat(after.poor()).isEqualTo(before.poor());
  }

  @Test
  void anEarlierDayDoesChangeTheFeatures() {
    // The check above is not vacuous: the day before the session is seen.
    FirstSessionRow before = rowOf(FirstSessionDatasetTest.tutor(), session, List.of());
    TutorHistory base = FirstSessionDatasetTest.tutor();
    List<TutorDayClosed> days = new ArrayList<>(base.closedDays());
    days.removeIf(d -> d.day().equals(SESSION_DAY.minusDays(1)));
    days.add(day("T1", SESSION_DAY.minusDays(1), 2, 1, 0.1, 1, 1));

    FirstSessionRow changed =
        rowOf(new TutorHistory(base.profile(), days, null), session, List.of());

    assertThat(changed.feature("rating_avg_30d")).isLessThan(before.feature("rating_avg_30d"));
    assertThat(changed.feature("first_sessions_poorly_rated_30d"))
        .isEqualTo(before.feature("first_sessions_poorly_rated_30d") + 1);
  }
}
