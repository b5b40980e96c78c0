package com.tutormax.api.interventions.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.interventions.domain.Actor;
import com.tutormax.api.interventions.domain.HistoryEntry;
import com.tutormax.api.interventions.domain.Intervention;
import com.tutormax.api.interventions.domain.InterventionOutcome;
import com.tutormax.api.interventions.domain.InterventionStatus;
import com.tutormax.api.interventions.domain.TransitionNotAllowed;
import com.tutormax.api.interventions.persistence.InterventionHistory;
import com.tutormax.api.interventions.persistence.InterventionTasks;
import com.tutormax.api.notifications.domain.InterventionAssignedMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Moves human tasks through the workflow. Each change is one transaction: the conditional UPDATE
 * (on the version read, so of two concurrent changes one wins and the other is a 409), the history
 * row, the {@code InterventionUpdated} in the outbox, the audit entry and, on assignment, the
 * assignee's notice. The actor is the signed-in user, never the request body.
 */
@Service
public class InterventionWorkflow {

  private final InterventionTasks tasks;
  private final InterventionHistory history;
  private final UserRepository users;
  private final TaskNotices notices;
  private final OutboxWriter outbox;
  private final AuditLog audit;
  private final TransactionalOperator transactions;
  private final Clock clock;

  InterventionWorkflow(
      InterventionTasks tasks,
      InterventionHistory history,
      UserRepository users,
      TaskNotices notices,
      OutboxWriter outbox,
      AuditLog audit,
      TransactionalOperator transactions,
      Clock clock) {
    this.tasks = tasks;
    this.history = history;
    this.users = users;
    this.notices = notices;
    this.outbox = outbox;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Gives the task to an active PEOPLE_OPS or OPS_MANAGER user, who is told. */
  public Mono<Intervention> assign(Actor actor, String id, UUID assigneeId, ClientInfo client) {
    Mono<Intervention> change =
        users
            .findById(assigneeId)
            .filter(u -> u.active() && worksInterventions(u))
            .switchIfEmpty(
                Mono.error(
                    new ResponseStatusException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "The assignee must be an active user with the PEOPLE_OPS or OPS_MANAGER"
                            + " role")))
            .flatMap(
                assignee ->
                    change(
                            actor,
                            id,
                            "ASSIGN",
                            null,
                            task -> {
                              if (!actor.mayAssign(task, assigneeId)) {
                                throw forbidden(
                                    "People ops assign only unassigned tasks, and only to"
                                        + " themselves");
                              }
                              return task.assignedTo(assigneeId, clock.instant(), actor.email());
                            },
                            client)
                        .flatMap(saved -> tellAssignee(saved, assignee, actor).thenReturn(saved)));
    return change.as(transactions::transactional);
  }

  /** Starts, declines or cancels the task. */
  public Mono<Intervention> changeStatus(
      Actor actor, String id, InterventionStatus to, String note, ClientInfo client) {
    return change(
            actor,
            id,
            "STATUS",
            note,
            task -> {
              mayChange(actor, task);
              return task.movedTo(to, clock.instant(), actor.email());
            },
            client)
        .as(transactions::transactional);
  }

  /** Completes the task with its outcome and notes. */
  public Mono<Intervention> recordOutcome(
      Actor actor, String id, InterventionOutcome outcome, String notes, ClientInfo client) {
    return change(
            actor,
            id,
            "OUTCOME",
            notes,
            task -> {
              mayChange(actor, task);
              return task.completed(outcome, notes, clock.instant(), actor.email());
            },
            client)
        .as(transactions::transactional);
  }

  private Mono<Intervention> change(
      Actor actor,
      String id,
      String action,
      String note,
      Function<Intervention, Intervention> decide,
      ClientInfo client) {
    return tasks
        .find(id)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such task")))
        .flatMap(
            current -> {
              Intervention next;
              try {
                next = decide.apply(current);
              } catch (TransitionNotAllowed e) {
                return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage()));
              } catch (IllegalArgumentException e) {
                return Mono.error(
                    new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage()));
              }
              return tasks
                  .update(next, current.version())
                  .switchIfEmpty(
                      Mono.error(
                          new ResponseStatusException(
                              HttpStatus.CONFLICT,
                              "The task was changed by someone else meanwhile; reload it")))
                  .flatMap(saved -> record(actor, action, note, current, saved, client));
            });
  }

  /** The change's history row, event and audit entry, one after the other on the connection. */
  private Mono<Intervention> record(
      Actor actor,
      String action,
      String note,
      Intervention before,
      Intervention saved,
      ClientInfo client) {
    Instant at = saved.updatedAt();
    HistoryEntry entry =
        new HistoryEntry(
            at,
            actor.email(),
            actor.id(),
            action,
            before.status(),
            saved.status(),
            saved.assigneeId(),
            saved.outcome(),
            note);
    InterventionUpdated event =
        new InterventionUpdated(
            saved.interventionId(),
            saved.tutorId(),
            saved.interventionType(),
            saved.status().name(),
            saved.outcome() == null ? null : saved.outcome().name(),
            saved.assigneeId() == null ? null : saved.assigneeId().toString(),
            actor.email(),
            at);
    // One id per version of the task: a replayed outbox row is a duplicate to consumers.
    UUID eventId =
        UUID.nameUUIDFromBytes(
            ("InterventionUpdated|" + saved.interventionId() + "|v" + saved.version())
                .getBytes(StandardCharsets.UTF_8));
    AuditEntry audited =
        new AuditEntry(
            actor.id(),
            actor.email(),
            "INTERVENTION_" + action,
            "intervention",
            saved.interventionId(),
            Outcome.SUCCESS,
            client.ip(),
            client.userAgent(),
            "%s -> %s assignee=%s outcome=%s"
                .formatted(before.status(), saved.status(), saved.assigneeId(), saved.outcome()));
    return history
        .append(saved.interventionId(), entry)
        .then(outbox.append(event, eventId))
        .then(audit.record(audited))
        .thenReturn(saved);
  }

  private Mono<Boolean> tellAssignee(Intervention task, User assignee, Actor actor) {
    return notices.tell(
        assignee,
        NotificationKind.INTERVENTION_ASSIGNED,
        InterventionAssignedMessage.of(
            assignee.displayName(),
            actor.email(),
            task.interventionId(),
            task.tutorId(),
            task.interventionType(),
            task.priority(),
            task.reason(),
            task.dueAt()),
        InterventionAssignedMessage.dedupeKey(
            task.interventionId(), assignee.id().toString(), task.version()),
        task.tutorId());
  }

  private static boolean worksInterventions(User user) {
    return user.roles().contains(Role.PEOPLE_OPS) || user.roles().contains(Role.OPS_MANAGER);
  }

  private static void mayChange(Actor actor, Intervention task) {
    if (!actor.mayChange(task)) {
      throw forbidden("People ops change only the tasks assigned to them");
    }
  }

  private static ResponseStatusException forbidden(String detail) {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, detail);
  }
}
