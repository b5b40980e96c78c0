package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.api.notifications.templates.NotificationTemplates;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each kind's model, rendered through its templates: the text pinned, the HTML spot-checked. */
class NotificationMessagesTest {

  private static final NotificationTemplates TEMPLATES = new NotificationTemplates();

  private final Instant start = Instant.parse("2026-11-27T15:30:00Z");

  @Test
  void aFeedbackReminderCarriesTheLinkItsExpiryAndSaysNoEmailIsHeld() {
    Message m =
        TEMPLATES.render(
            NotificationKind.FEEDBACK_REMINDER,
            FeedbackReminderMessage.of(
                "ST-9",
                "algebra",
                start,
                "https://tutormax.example/api/feedback/forms/tok?a=1&b=2",
                Instant.parse("2026-12-04T15:30:00Z")));

    assertThat(m.subject()).isEqualTo("How was your algebra session?");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello,

            How did your algebra session on Friday 27 November 2026, 15:30 UTC go?
            Rating it takes two minutes and helps your tutor and us.

            Your feedback form: https://tutormax.example/api/feedback/forms/tok?a=1&b=2
            The link works once and until Friday 4 December 2026, 15:30 UTC.

            -- TutorMax

            (No email address is held for student ST-9: this reminder is addressed to the student\
             id.)""");
    assertThat(m.html())
        .contains(
            "<a href=\"https://tutormax.example/api/feedback/forms/tok?a&#x3D;1&amp;b&#x3D;2\">")
        .contains("until Friday 4 December 2026, 15:30 UTC.");
    assertThat(FeedbackReminderMessage.dedupeKey("S-1")).isEqualTo("feedback-reminder:S-1");
  }

  @Test
  void aFirstSessionCheckinGreetsTheTutorAndNamesNoStudent() {
    Message m =
        TEMPLATES.render(
            NotificationKind.FIRST_SESSION_CHECKIN,
            FirstSessionCheckinMessage.of("Ada Lovelace", "physics", start, "S-42"));

    assertThat(m.subject()).isEqualTo("How did your first session go?");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello Ada Lovelace,

            You held a first physics session with a new student on Friday 27 November 2026, 15:30\
             UTC (session S-42).
            How did it go? A few quick questions:

            1. Did the session cover what the student needed?
            2. Was anything in the way (materials, technology, timing)?
            3. Is there anything we can do to help before your next session?

            Just reply to this message. Thank you for tutoring with us.

            -- TutorMax""");
    assertThat(m.html()).contains("<p>Hello Ada Lovelace,</p>").contains("(session S-42)");
    assertThat(FirstSessionCheckinMessage.dedupeKey("S-42"))
        .isEqualTo("first-session-checkin:S-42");
  }

  @Test
  void anOverdueInterventionNamesTheTaskAndHowLateItIs() {
    Message m =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_OVERDUE,
            InterventionOverdueMessage.of(
                "Olga Ops",
                "rec-1",
                "T-7",
                "H1",
                "URGENT",
                "churn score above 50 for 7 days",
                start,
                start.plusSeconds(5 * 3600 + 600)));

    assertThat(m.subject()).isEqualTo("Overdue: H1 for tutor T-7");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello Olga Ops,

            An intervention task is past its deadline and has not been taken up:

            Tutor:         T-7
            Intervention:  H1 (URGENT)
            Due:           Friday 27 November 2026, 15:30 UTC (5 h ago)
            Why:           churn score above 50 for 7 days
            Task:          rec-1

            -- TutorMax""");
    assertThat(m.html()).contains("<tr><td>Intervention</td><td>H1 (URGENT)</td></tr>");
    assertThat(InterventionOverdueMessage.dedupeKey("rec-1", "u-1"))
        .isEqualTo("intervention-overdue:rec-1:u-1");
  }

  @Test
  void anOverdueInterventionWithoutPriorityReasonOrLatenessLeavesThemOut() {
    Message m =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_OVERDUE,
            InterventionOverdueMessage.of(
                "Olga Ops", "rec-2", "T-8", "H4", null, " ", start, start.plusSeconds(60)));

    assertThat(m.text())
        .contains("Intervention:  H4\n")
        .contains("Due:           Friday 27 November 2026, 15:30 UTC\n")
        .contains("Why:           -\n");
  }

  @Test
  void htmlEscapesEveryValueAndTextKeepsThemAsTheyAre() {
    Message m =
        TEMPLATES.render(
            NotificationKind.FIRST_SESSION_CHECKIN,
            FirstSessionCheckinMessage.of("<b>Eve</b> & \"Co\"", "physics", start, "S-1"));

    assertThat(m.html())
        .contains("Hello &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;,")
        .doesNotContain("<b>Eve</b>");
    assertThat(m.text()).startsWith("Hello <b>Eve</b> & \"Co\",");
  }

  @Test
  void aMessageNeedsASubjectThatFitsATextAndAnHtmlBody() {
    assertThatThrownBy(() -> new Message(" ", "text", "<p>html</p>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("x".repeat(201), "text", "<p>html</p>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("two\nlines", "text", "<p>html</p>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("subject", "", "<p>html</p>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Message("subject", "text", " "))
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
