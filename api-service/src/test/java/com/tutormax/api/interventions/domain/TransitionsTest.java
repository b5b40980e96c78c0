package com.tutormax.api.interventions.domain;

import static com.tutormax.api.interventions.domain.InterventionStatus.ASSIGNED;
import static com.tutormax.api.interventions.domain.InterventionStatus.AUTOMATED;
import static com.tutormax.api.interventions.domain.InterventionStatus.CANCELLED;
import static com.tutormax.api.interventions.domain.InterventionStatus.COMPLETED;
import static com.tutormax.api.interventions.domain.InterventionStatus.DECLINED;
import static com.tutormax.api.interventions.domain.InterventionStatus.IN_PROGRESS;
import static com.tutormax.api.interventions.domain.InterventionStatus.OPEN;
import static com.tutormax.api.interventions.domain.InterventionStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workflow's moves, every pair pinned, and what each move writes on the task. */
class TransitionsTest {

  private static final Instant RECOMMENDED = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final UUID PEOPLE_OPS = UUID.randomUUID();

  @Test
  void everyAllowedMoveAndNoOther() {
    Map<InterventionStatus, Set<InterventionStatus>> allowed =
        Map.of(
            OPEN, EnumSet.of(ASSIGNED, DECLINED, CANCELLED),
            OVERDUE, EnumSet.of(ASSIGNED, DECLINED, CANCELLED),
            ASSIGNED, EnumSet.of(ASSIGNED, IN_PROGRESS, DECLINED, CANCELLED),
            IN_PROGRESS, EnumSet.of(ASSIGNED, COMPLETED, DECLINED, CANCELLED));
    for (InterventionStatus from : InterventionStatus.values()) {
      for (InterventionStatus to : InterventionStatus.values()) {
        assertThat(Transitions.allowed(from, to))
            .as(from + " -> " + to)
            .isEqualTo(allowed.getOrDefault(from, Set.of()).contains(to));
      }
    }
  }

  @Test
  void theHappyPathRecordsWhoAndWhen() {
    Intervention open = task(OPEN, null);

    Intervention assigned = open.assignedTo(PEOPLE_OPS, NOW, "olga@tutormax.test");
    Intervention started = assigned.movedTo(IN_PROGRESS, NOW.plusSeconds(60), "pat@tutormax.test");
    Intervention done =
        started.completed(
            InterventionOutcome.IMPROVED, "talked it through", NOW.plusSeconds(120), "pat");

    assertThat(assigned.status()).isEqualTo(ASSIGNED);
    assertThat(assigned.assigneeId()).isEqualTo(PEOPLE_OPS);
    assertThat(assigned.assignedAt()).isEqualTo(NOW);
    assertThat(assigned.updatedBy()).isEqualTo("olga@tutormax.test");
    assertThat(started.status()).isEqualTo(IN_PROGRESS);
    assertThat(started.startedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(done.status()).isEqualTo(COMPLETED);
    assertThat(done.outcome()).isEqualTo(InterventionOutcome.IMPROVED);
    assertThat(done.outcomeNotes()).isEqualTo("talked it through");
    assertThat(done.completedAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(done.assigneeId()).isEqualTo(PEOPLE_OPS);
  }

  @Test
  void anOverdueTaskIsStillAssignableAndAClosedOneMovesNoMore() {
    assertThat(task(OVERDUE, null).assignedTo(PEOPLE_OPS, NOW, "o").status()).isEqualTo(ASSIGNED);
    Intervention cancelled = task(ASSIGNED, PEOPLE_OPS).movedTo(CANCELLED, NOW, "o");
    assertThat(cancelled.completedAt()).isEqualTo(NOW);
    assertThat(cancelled.outcome()).isNull();

    assertThatThrownBy(() -> cancelled.movedTo(IN_PROGRESS, NOW, "o"))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(() -> task(AUTOMATED, null).assignedTo(PEOPLE_OPS, NOW, "o"))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(() -> task(OPEN, null).movedTo(IN_PROGRESS, NOW, "o"))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(
            () ->
                task(ASSIGNED, PEOPLE_OPS).completed(InterventionOutcome.IMPROVED, null, NOW, "o"))
        .as("an outcome is recorded once the work is in progress")
        .isInstanceOf(TransitionNotAllowed.class);
  }

  @Test
  void theStatusRouteNeitherAssignsNorCompletes() {
    assertThatThrownBy(() -> task(ASSIGNED, PEOPLE_OPS).movedTo(ASSIGNED, NOW, "o"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> task(IN_PROGRESS, PEOPLE_OPS).movedTo(COMPLETED, NOW, "o"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void peopleOpsWorkTheirOwnTasksManagersEveryTask() {
    Actor peopleOps = new Actor(PEOPLE_OPS, "pat@tutormax.test", Set.of("PEOPLE_OPS"));
    Actor manager = new Actor(UUID.randomUUID(), "olga@tutormax.test", Set.of("OPS_MANAGER"));
    UUID someoneElse = UUID.randomUUID();

    assertThat(peopleOps.mayAssign(task(OPEN, null), PEOPLE_OPS)).isTrue();
    assertThat(peopleOps.mayAssign(task(OPEN, null), someoneElse)).isFalse();
    assertThat(peopleOps.mayAssign(task(ASSIGNED, someoneElse), PEOPLE_OPS)).isFalse();
    assertThat(peopleOps.mayChange(task(ASSIGNED, PEOPLE_OPS))).isTrue();
    assertThat(peopleOps.mayChange(task(ASSIGNED, someoneElse))).isFalse();
    assertThat(peopleOps.mayChange(task(OPEN, null))).isFalse();
    assertThat(manager.mayAssign(task(ASSIGNED, someoneElse), PEOPLE_OPS)).isTrue();
    assertThat(manager.mayChange(task(IN_PROGRESS, someoneElse))).isTrue();
  }

  static Intervention task(InterventionStatus status, UUID assignee) {
    return new Intervention(
        "I-1",
        "T-1",
        "H1_MANAGER_COACHING",
        status == AUTOMATED,
        "HIGH",
        "HIGH",
        "score above 50",
        RECOMMENDED,
        status == AUTOMATED ? null : RECOMMENDED.plusSeconds(48 * 3600),
        status,
        null,
        assignee,
        assignee == null ? null : RECOMMENDED,
        status == IN_PROGRESS ? RECOMMENDED : null,
        null,
        null,
        null,
        RECOMMENDED,
        "churn",
        3);
  }
}
