package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.templates.NotificationTemplates;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The notices about intervention tasks, rendered through their templates: assigned, due soon and
 * overdue (to the assignee and to the managers).
 */
class InterventionTaskMessagesTest {

  private static final NotificationTemplates TEMPLATES = new NotificationTemplates();
  private static final Instant DUE = Instant.parse("2026-11-27T15:30:00Z");

  @Test
  void anAssignmentNamesTheTaskAndWhoAssignedIt() {
    Message m =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_ASSIGNED,
            InterventionAssignedMessage.of(
                "Pat People",
                "olga@tutormax.test",
                "rec-1",
                "T-7",
                "H1_MANAGER_COACHING",
                "HIGH",
                "churn score above 50 for 7 days",
                DUE));

    assertThat(m.subject()).isEqualTo("Assigned to you: H1_MANAGER_COACHING for tutor T-7");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello Pat People,

            An intervention task was assigned to you by olga@tutormax.test:

            Tutor:         T-7
            Intervention:  H1_MANAGER_COACHING (HIGH)
            Due:           Friday 27 November 2026, 15:30 UTC
            Why:           churn score above 50 for 7 days
            Task:          rec-1

            -- TutorMax""");
    assertThat(m.html()).contains("assigned to you by olga@tutormax.test", "<td>rec-1</td>");
    assertThat(InterventionAssignedMessage.dedupeKey("rec-1", "u-1", 2))
        .isEqualTo("intervention-assigned:rec-1:u-1:2");
  }

  @Test
  void dueSoonSaysHowLongIsLeft() {
    Message m =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_DUE_SOON,
            InterventionDueSoonMessage.of(
                "Pat People",
                "rec-1",
                "T-7",
                "H4",
                null,
                null,
                DUE,
                DUE.minusSeconds(5 * 3600 + 60)));

    assertThat(m.subject()).isEqualTo("Due soon: H4 for tutor T-7");
    assertThat(m.text())
        .contains("is due in 5 h:")
        .contains("Intervention:  H4\n")
        .contains("Why:           -");
    assertThat(
            TEMPLATES
                .render(
                    NotificationKind.INTERVENTION_DUE_SOON,
                    InterventionDueSoonMessage.of(
                        "Pat", "rec-1", "T-7", "H4", null, null, DUE, DUE.minusSeconds(60)))
                .text())
        .contains("due in less than an hour");
    assertThat(InterventionDueSoonMessage.dedupeKey("rec-1", "u-1"))
        .isEqualTo("intervention-due-soon:rec-1:u-1");
  }

  @Test
  void theAssigneesOverdueNoticeSaysTheTaskIsTheirsTheManagersThatNoOneTookItUp() {
    Message mine =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_OVERDUE,
            InterventionOverdueMessage.forAssignee(
                "Pat People",
                "rec-1",
                "T-7",
                "H1",
                "URGENT",
                "why",
                DUE,
                DUE.plusSeconds(3 * 3600)));
    Message managers =
        TEMPLATES.render(
            NotificationKind.INTERVENTION_OVERDUE,
            InterventionOverdueMessage.of(
                "Mia", "rec-1", "T-7", "H1", "URGENT", "why", DUE, DUE.plusSeconds(3 * 3600)));

    assertThat(mine.subject()).isEqualTo("Overdue: H1 for tutor T-7");
    assertThat(mine.text())
        .startsWith("Hello Pat People,")
        .contains("An intervention task assigned to you is past its deadline (3 h ago):")
        .contains("Intervention:  H1 (URGENT)");
    assertThat(managers.text())
        .contains("An intervention task is past its deadline and has not been taken up:")
        .doesNotContain("assigned to you");
    assertThat(mine.html()).contains("assigned to you is past its deadline");
  }
}
