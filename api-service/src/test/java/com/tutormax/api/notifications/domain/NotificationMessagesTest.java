package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationMessagesTest {

  private final Instant start = Instant.parse("2026-11-27T15:30:00Z");

  @Test
  void aFeedbackReminderCarriesTheLinkItsExpiryAndSaysNoEmailIsHeld() {
    Message m =
        FeedbackReminderMessage.of(
            "ST-9",
            "algebra",
            start,
            "https://tutormax.example/api/feedback/forms/tok",
            Instant.parse("2026-12-04T15:30:00Z"));

    assertThat(m.subject()).isEqualTo("How was your algebra session?");
    assertThat(m.body())
        .contains("algebra session on Friday 27 November 2026, 15:30 UTC")
        .contains("Your feedback form: https://tutormax.example/api/feedback/forms/tok")
        .contains("until Friday 4 December 2026, 15:30 UTC")
        .contains("No email address is held for student ST-9");
    assertThat(FeedbackReminderMessage.dedupeKey("S-1")).isEqualTo("feedback-reminder:S-1");
  }

  @Test
  void aFirstSessionCheckinGreetsTheTutorAndNamesNoStudent() {
    Message m = FirstSessionCheckinMessage.of("Ada Lovelace", "physics", start, "S-42");

    assertThat(m.subject()).isEqualTo("How did your first session go?");
    assertThat(m.body())
        .startsWith("Hello Ada Lovelace,")
        .contains("first physics session with a new student on Friday 27 November 2026, 15:30 UTC")
        .contains("(session S-42)");
    assertThat(FirstSessionCheckinMessage.dedupeKey("S-42"))
        .isEqualTo("first-session-checkin:S-42");
  }

  @Test
  void anOverdueInterventionNamesTheTaskAndHowLateItIs() {
    Message m =
        InterventionOverdueMessage.of(
            "Olga Ops",
            "rec-1",
            "T-7",
            "H1",
            "URGENT",
            "churn score above 50 for 7 days",
            start,
            start.plusSeconds(5 * 3600 + 600));

    assertThat(m.subject()).isEqualTo("Overdue: H1 for tutor T-7");
    assertThat(m.body())
        .startsWith("Hello Olga Ops,")
        .contains("Tutor:         T-7")
        .contains("Intervention:  H1 (URGENT)")
        .contains("Due:           Friday 27 November 2026, 15:30 UTC (5 h ago)")
        .contains("Why:           churn score above 50 for 7 days")
        .contains("Task:          rec-1");
    assertThat(InterventionOverdueMessage.dedupeKey("rec-1", "u-1"))
        .isEqualTo("intervention-overdue:rec-1:u-1");
  }

  @Test
  void aMessageNeedsASubjectThatFitsAndABody() {
    assertThatThrownBy(() -> new Message(" ", "body")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("x".repeat(201), "body"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("subject", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueryKeepsItsLimitInRange() {
    assertThatThrownBy(() -> new NotificationQuery(null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NotificationQuery(null, null, 501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new NotificationQuery(null, " ", 1).recipient()).isNull();
  }
}
