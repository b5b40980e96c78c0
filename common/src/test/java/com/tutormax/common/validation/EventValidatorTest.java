package com.tutormax.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorRegistered;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

  static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
  final EventValidator validator = new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC));

  static SessionRecorded session(
      boolean noShow, Instant actualStart, int duration, double engagement) {
    return new SessionRecorded(
        "SES-1",
        "T-1",
        "S-1",
        1,
        NOW.minusSeconds(7200),
        actualStart,
        duration,
        "math",
        SessionRecorded.SessionType.ONE_ON_ONE,
        false,
        false,
        null,
        null,
        noShow,
        0,
        engagement,
        true,
        false,
        DataSource.INGEST);
  }

  @Test
  void aCompleteSessionIsValid() {
    assertThat(validator.validate(session(false, NOW.minusSeconds(7000), 60, 0.7))).isEmpty();
    assertThat(validator.validate(session(true, null, 0, 0.0))).isEmpty();
  }

  @Test
  void everyBadFieldIsReportedByItsSnakeCaseName() {
    SessionRecorded bad =
        new SessionRecorded(
            "",
            "T 1",
            "S-1",
            0,
            NOW.plusSeconds(86_400),
            null,
            -5,
            "astrology",
            null,
            true,
            true,
            -1.0,
            null,
            false,
            999,
            1.5,
            true,
            false,
            null);
    assertThat(validator.validate(bad))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "session_id",
            "tutor_id",
            "session_number",
            "scheduled_start",
            "actual_start",
            "duration_minutes",
            "subject",
            "session_type",
            "student_rescheduled",
            "reschedule_notice_hours",
            "reschedule_reason",
            "late_start_minutes",
            "engagement_score",
            "source");
  }

  @Test
  void aBookingIsMadeBeforeItsSessionWhichMayBeInTheFuture() {
    SessionBooked good =
        new SessionBooked(
            "SES-1",
            "T-1",
            "S-1",
            1,
            NOW.plusSeconds(86_400),
            60,
            "algebra",
            SessionRecorded.SessionType.ONE_ON_ONE,
            12,
            NOW.minusSeconds(60),
            DataSource.INGEST);
    assertThat(validator.validate(good)).isEmpty();
    SessionBooked bad =
        new SessionBooked(
            "SES 1",
            "T-1",
            "S-1",
            0,
            NOW.minusSeconds(120),
            0,
            "algebra",
            null,
            2,
            NOW.minusSeconds(60),
            DataSource.INGEST);
    assertThat(validator.validate(bad))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "session_id",
            "session_number",
            "scheduled_start",
            "duration_minutes",
            "session_type",
            "student_age");
  }

  @Test
  void aNoShowHasNoStartAndNoDuration() {
    assertThat(validator.validate(session(true, NOW.minusSeconds(7000), 30, 0.0)))
        .extracting(FieldError::field)
        .containsExactly("actual_start", "duration_minutes");
  }

  @Test
  void underThirteenNeedsParentalConsent() {
    StudentRegistered child =
        new StudentRegistered("S-1", "Kim", 11, "6", false, NOW, DataSource.INGEST);
    assertThat(validator.validate(child))
        .containsExactly(
            new FieldError("parental_consent", "must be true for a student under 13 (COPPA)"));
    StudentRegistered teen =
        new StudentRegistered("S-2", "Lee", 15, "10", false, NOW, DataSource.INGEST);
    assertThat(validator.validate(teen)).isEmpty();
  }

  @Test
  void feedbackRatingsAreOneToFiveAndTheFirstSessionQuestionBelongsToFirstSessions() {
    FeedbackSubmitted feedback =
        new FeedbackSubmitted(
            "F-1",
            "SES-1",
            "T-1",
            "S-1",
            6,
            0,
            3,
            3,
            3,
            3,
            true,
            false,
            FeedbackSubmitted.WorkAgain.NO,
            List.of("late", "rude"),
            "x".repeat(501),
            NOW,
            DataSource.INGEST);
    assertThat(validator.validate(feedback))
        .extracting(FieldError::field)
        .containsExactly(
            "overall_rating",
            "subject_knowledge",
            "work_again",
            "improvement_areas[1]",
            "free_text");
  }

  @Test
  void tutorsNeedAKnownFamilyAndSubjects() {
    TutorRegistered tutor =
        new TutorRegistered(
            "T-1", "Ada", "not-an-email", List.of("math", "knitting"), "ART", 15, NOW, null);
    assertThat(validator.validate(tutor))
        .extracting(FieldError::field)
        .containsExactly("email", "subject_family", "subjects[1]", "source");
  }

  @Test
  void activityFieldsDependOnTheKind() {
    TutorActivityRecorded response =
        new TutorActivityRecorded(
            "A-1",
            "T-1",
            TutorActivityRecorded.Kind.MESSAGE_RESPONSE,
            NOW,
            null,
            null,
            null,
            null,
            DataSource.INGEST);
    assertThat(validator.validate(response))
        .extracting(FieldError::field)
        .containsExactly("response_minutes");
  }
}
