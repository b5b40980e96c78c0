package com.tutormax.training.firstsession.domain;

import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.at;
import static com.tutormax.training.firstsession.domain.FirstSessionFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.training.dataset.domain.TutorHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstSessionDatasetTest {

  static final LocalDate JOINED = LocalDate.of(2026, 3, 1);
  static final LocalDate SESSION_DAY = LocalDate.of(2026, 3, 21);

  /**
   * Joined 1 March; 1–20 March: two sessions a day rated 4 with engagement 0.8, and on 1–10 March
   * one first session a day, the first five of them rated below 3.
   */
  static TutorHistory tutor() {
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = JOINED; d.isBefore(SESSION_DAY); d = d.plusDays(1)) {
      int first = d.getDayOfMonth() <= 10 ? 1 : 0;
      int poor = d.getDayOfMonth() <= 5 ? 1 : 0;
      days.add(day("T1", d, 2, 4, 0.8, first, poor));
    }
    return new TutorHistory(new TutorProfile("T1", JOINED, 10), days, null);
  }

  static final Map<String, Integer> AGES = Map.of("young", 11, "teen", 16);

  @Test
  void aRatedFirstSessionIsARowOfWhatWasKnownBeforeItsDay() {
    FirstSession session = new FirstSession("S1", "T1", "young", at(SESSION_DAY, 18), "algebra", 2);

    List<FirstSessionRow> rows =
        FirstSessionDataset.rows(List.of(session), Map.of("T1", tutor()), AGES);

    assertThat(rows).hasSize(1);
    FirstSessionRow row = rows.get(0);
    assertThat(row.poor()).isTrue();
    assertThat(row.day()).isEqualTo(SESSION_DAY);
    assertThat(row.feature("tenure_days")).isEqualTo(20);
    assertThat(row.feature("is_new")).isEqualTo(1);
    assertThat(row.feature("sessions_30d")).isEqualTo(40);
    assertThat(row.feature("rating_avg_30d")).isEqualTo(4.0);
    assertThat(row.feature("rating_trend")).isEqualTo(0.0);
    assertThat(row.feature("ratings_30d")).isEqualTo(40);
    assertThat(row.feature("engagement_30d")).isCloseTo(0.8, within(1e-12));
    assertThat(row.feature("first_sessions_90d")).isEqualTo(10);
    assertThat(row.feature("first_session_success_rate_90d")).isEqualTo(0.5);
    assertThat(row.feature("first_sessions_poorly_rated_30d")).isEqualTo(5);
    // 18:00 UTC is three quarters round the 24-hour circle.
    assertThat(row.feature("hour_sin")).isEqualTo(-1.0);
    assertThat(row.feature("hour_cos")).isEqualTo(0.0);
    assertThat(row.feature("subject_stem")).isEqualTo(1);
    assertThat(row.feature("subject_language_writing")).isEqualTo(0);
    assertThat(row.feature("subject_test_prep")).isEqualTo(0);
    assertThat(row.feature("student_age")).isEqualTo(11);
    assertThat(row.feature("student_under_13")).isEqualTo(1);
    assertThat(row.features()).hasSize(FirstSessionFeatures.NAMES.size());
  }

  @Test
  void theLabelIsARatingBelowThree() {
    List<FirstSessionRow> rows =
        FirstSessionDataset.rows(
            List.of(
                new FirstSession("S3", "T1", "teen", at(SESSION_DAY, 6), "writing", 3),
                new FirstSession("S1", "T1", "teen", at(SESSION_DAY, 9), "sat", 1),
                new FirstSession("S5", "T1", "teen", at(SESSION_DAY, 12), "sat", 5)),
            Map.of("T1", tutor()),
            AGES);

    assertThat(rows).extracting(FirstSessionRow::poor).containsExactly(false, true, false);
    FirstSessionRow morning = rows.get(0);
    assertThat(morning.feature("hour_sin")).isEqualTo(1.0);
    assertThat(morning.feature("hour_cos")).isEqualTo(0.0);
    assertThat(morning.feature("subject_language_writing")).isEqualTo(1);
    assertThat(morning.feature("student_under_13")).isEqualTo(0);
    assertThat(rows.get(1).feature("subject_test_prep")).isEqualTo(1);
    assertThat(rows.get(2).feature("hour_cos")).isEqualTo(-1.0);
  }

  @Test
  void unratedSessionsAndUnknownTutorsGiveNoRowAndAnUnknownStudentOrSubjectIsMissing() {
    List<FirstSessionRow> rows =
        FirstSessionDataset.rows(
            List.of(
                new FirstSession("late", "T1", "nobody", at(SESSION_DAY, 20), "pottery", 4),
                new FirstSession("unrated", "T1", "teen", at(SESSION_DAY, 10), "algebra", null),
                new FirstSession("stranger", "T9", "teen", at(SESSION_DAY, 10), "algebra", 1),
                new FirstSession("early", "T1", "teen", at(SESSION_DAY, 7), "algebra", 4)),
            Map.of("T1", tutor()),
            AGES);

    assertThat(rows).extracting(FirstSessionRow::sessionId).containsExactly("early", "late");
    FirstSessionRow late = rows.get(1);
    assertThat(late.feature("student_age")).isNaN();
    assertThat(late.feature("student_under_13")).isNaN();
    assertThat(late.feature("subject_stem")).isZero();
    assertThat(late.feature("subject_language_writing")).isZero();
    assertThat(late.feature("subject_test_prep")).isZero();
  }

  @Test
  void aTutorWithoutHistoryHasMissingRatingsAndTenureFromJoining() {
    TutorHistory fresh =
        new TutorHistory(new TutorProfile("T2", SESSION_DAY.minusDays(3), 5), List.of(), null);

    FirstSessionRow row =
        FirstSessionDataset.rows(
                List.of(new FirstSession("S", "T2", "teen", at(SESSION_DAY, 15), "math", 5)),
                Map.of("T2", fresh),
                AGES)
            .get(0);

    assertThat(row.feature("tenure_days")).isEqualTo(3);
    assertThat(row.feature("rating_avg_30d")).isNaN();
    assertThat(row.feature("first_session_success_rate_90d")).isNaN();
    assertThat(row.feature("first_sessions_90d")).isZero();
  }
}
