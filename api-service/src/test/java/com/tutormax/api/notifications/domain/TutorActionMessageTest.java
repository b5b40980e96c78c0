package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.templates.NotificationTemplates;
import org.junit.jupiter.api.Test;

/** The automated interventions' emails to tutors: in words, never a score, a flag or a risk. */
class TutorActionMessageTest {

  private static final NotificationTemplates TEMPLATES = new NotificationTemplates();

  @Test
  void eachAutomatedTypeHasItsNoticeAndTheCheckInHasNone() {
    assertThat(TutorActionMessage.kindOf("A1_COACHING_TIPS"))
        .contains(NotificationKind.COACHING_TIPS);
    assertThat(TutorActionMessage.kindOf("A2_TRAINING_MODULE"))
        .contains(NotificationKind.TRAINING_ASSIGNMENT);
    assertThat(TutorActionMessage.kindOf("A4_RESCHEDULE_ALERT"))
        .contains(NotificationKind.RESCHEDULE_ALERT);
    assertThat(TutorActionMessage.kindOf("A5_FIRST_SESSION_PREP"))
        .contains(NotificationKind.FIRST_SESSION_PREP);
    assertThat(TutorActionMessage.kindOf("A3_FIRST_SESSION_CHECK_IN")).isEmpty();
    assertThat(TutorActionMessage.kindOf("H1_MANAGER_COACHING")).isEmpty();
  }

  @Test
  void coachingTipsNameTheMetricsInWordsWithWhatHelps() {
    Message m =
        TEMPLATES.render(
            NotificationKind.COACHING_TIPS,
            TutorActionMessage.of(
                NotificationKind.COACHING_TIPS,
                "Ada",
                "Metrics below threshold: HIGH_RESCHEDULE_RATE, LOW_OBJECTIVES_MET"));

    assertThat(m.subject()).isEqualTo("A few ideas for your next sessions");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello Ada,

            We looked at your recent sessions and want to help you make the next ones even better.
            - Lately fewer sessions reached their learning objectives. What helps: plan two or \
            three small steps per session and check each one off with the student.
            - Lately a number of sessions were moved. What helps: block the hours you can commit \
            to and open only those for booking.

            Small changes add up quickly. Thank you for tutoring with us.

            -- TutorMax""");
    assertThat(m.html()).contains("<li>Lately a number of sessions were moved.");
  }

  @Test
  void aPreparationReminderNamesTheSessionButNeverItsRisk() {
    Message m =
        TEMPLATES.render(
            NotificationKind.FIRST_SESSION_PREP,
            TutorActionMessage.of(
                NotificationKind.FIRST_SESSION_PREP,
                "Ada",
                "First session Tuesday 1 December 2026, 16:00 UTC (algebra): 63% risk of a rating"
                    + " below 3 — Student age: 9"));

    assertThat(m.text())
        .contains(
            "Your session on Tuesday 1 December 2026, 16:00 UTC (algebra) is with a new student")
        .doesNotContain("63")
        .doesNotContainIgnoringCase("risk");
    assertThat(TutorActionMessage.session("something else")).isEqualTo("Your next session");
    assertThat(TutorActionMessage.session(null)).isEqualTo("Your next session");
    for (NotificationKind kind :
        new NotificationKind[] {
          NotificationKind.TRAINING_ASSIGNMENT, NotificationKind.RESCHEDULE_ALERT
        }) {
      assertThat(
              TEMPLATES
                  .render(kind, TutorActionMessage.of(kind, "Ada", "Skill gap: LOW_RATING"))
                  .text())
          .startsWith("Hello Ada,")
          .doesNotContain("LOW_RATING");
    }
  }
}
