package com.tutormax.api.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.ingest.domain.KnownRecords.SessionParties;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.validation.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceChecksTest {

  private static FeedbackSubmitted feedback(String sessionId, String tutorId, String studentId) {
    return new FeedbackSubmitted(
        "F-1",
        sessionId,
        tutorId,
        studentId,
        4,
        4,
        4,
        4,
        4,
        4,
        true,
        false,
        null,
        List.of(),
        null,
        Instant.parse("2026-11-02T10:00:00Z"),
        DataSource.INGEST);
  }

  private final KnownRecords known =
      new KnownRecords(
          Set.of("T-1"), Set.of("S-1"), Map.of("SES-1", new SessionParties("T-1", "S-1")));

  @Test
  void feedbackNeedsAKnownSessionBetweenTheSamePeople() {
    assertThat(ReferenceChecks.check(feedback("SES-1", "T-1", "S-1"), known)).isEmpty();
    assertThat(ReferenceChecks.check(feedback("SES-2", "T-1", "S-1"), known))
        .extracting(FieldError::field)
        .containsExactly("session_id");
    assertThat(ReferenceChecks.check(feedback("SES-1", "T-2", "S-2"), known))
        .extracting(FieldError::field)
        .containsExactly("tutor_id", "student_id");
  }

  @Test
  void whatIsStillWantedExcludesWhatWasFound() {
    ReferenceChecks.Wanted wanted =
        ReferenceChecks.wanted(
            List.of(
                feedback("SES-1", "T-1", "S-1"),
                feedback("SES-9", "T-1", "S-1"),
                new TutorLifecycleChanged(
                    "T-7",
                    TutorLifecycleChanged.Change.RESIGNED,
                    Instant.EPOCH,
                    null,
                    DataSource.INGEST)));
    assertThat(wanted.sessions()).containsExactlyInAnyOrder("SES-1", "SES-9");
    assertThat(wanted.tutors()).containsExactly("T-7");
    ReferenceChecks.Wanted rest = wanted.without(known);
    assertThat(rest.sessions()).containsExactly("SES-9");
    assertThat(rest.tutors()).containsExactly("T-7");
  }
}
