package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notices to an intervention task's assignee: assigned, due soon, overdue. */
class InterventionTaskMessagesTest {

  private static final Instant DUE = Instant.parse("2026-11-27T15:30:00Z");

  @Test
  void anAssignmentNamesTheTaskAndWhoAssignedIt() {
    Message m =
        InterventionAssignedMessage.of(
            "Pat People",
            "olga@tutormax.test",
            "rec-1",
            "T-7",
            "H1_MANAGER_COACHING",
            "HIGH",
            "churn score above 50 for 7 days",
            DUE);

    assertThat(m.subject()).isEqualTo("Assigned to you: H1_MANAGER_COACHING for tutor T-7");
    assertThat(m.body())
        .startsWith("Hello Pat People,")
        .contains("assigned to you by olga@tutormax.test")
        .contains("Intervention:  H1_MANAGER_COACHING (HIGH)")
        .contains("Due:           Friday 27 November 2026, 15:30 UTC")
        .contains("Task:          rec-1");
    assertThat(InterventionAssignedMessage.dedupeKey("rec-1", "u-1", 2))
        .isEqualTo("intervention-assigned:rec-1:u-1:2");
  }

  @Test
  void dueSoonSaysHowLongIsLeft() {
    Message m =
        InterventionDueSoonMessage.of(
            "Pat People", "rec-1", "T-7", "H4", null, null, DUE, DUE.minusSeconds(5 * 3600 + 60));

    assertThat(m.subject()).isEqualTo("Due soon: H4 for tutor T-7");
    assertThat(m.body()).contains("is due in 5 h:").contains("Why:           -");
    assertThat(
            InterventionDueSoonMessage.of(
                    "Pat", "rec-1", "T-7", "H4", null, null, DUE, DUE.minusSeconds(60))
                .body())
        .contains("due in less than an hour");
    assertThat(InterventionDueSoonMessage.dedupeKey("rec-1", "u-1"))
        .isEqualTo("intervention-due-soon:rec-1:u-1");
  }

  @Test
  void theAssigneesOverdueNoticeSaysTheTaskIsTheirs() {
    Message m =
        InterventionOverdueMessage.forAssignee(
            "Pat People", "rec-1", "T-7", "H1", "URGENT", "why", DUE, DUE.plusSeconds(3 * 3600));

    assertThat(m.subject()).isEqualTo("Overdue: H1 for tutor T-7");
    assertThat(m.body())
        .contains("An intervention task assigned to you is past its deadline (3 h ago):")
        .contains("Intervention:  H1 (URGENT)");
  }
}
