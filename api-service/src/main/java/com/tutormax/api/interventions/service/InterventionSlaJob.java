package com.tutormax.api.interventions.service;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.interventions.config.InterventionProperties;
import com.tutormax.api.interventions.domain.SlaTask;
import com.tutormax.api.interventions.persistence.InterventionStore;
import com.tutormax.api.notifications.domain.InterventionDueSoonMessage;
import com.tutormax.api.notifications.domain.InterventionOverdueMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/**
 * The scheduler's hourly {@code intervention-sla-check}. Every human task still being worked and
 * past its due time is marked overdue (once), an {@code InterventionUpdated} (status OVERDUE, by
 * the scheduler) goes out through the outbox, each active OPS_MANAGER and the task's assignee get a
 * notice. Every assigned task not yet overdue that has used most of its SLA (or is due within
 * hours; {@link InterventionProperties}) gets one due-soon notice to its assignee. All in one
 * transaction: if any part fails nothing is marked, and the next check tries again.
 */
@Component
class InterventionSlaJob implements ScheduledJob {

  static final String NAME = "intervention-sla-check";
  static final String UPDATED_BY = "scheduler:" + NAME;

  private final InterventionStore interventions;
  private final UserRepository users;
  private final TaskNotices notices;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final InterventionProperties properties;
  private final Clock clock;

  InterventionSlaJob(
      InterventionStore interventions,
      UserRepository users,
      TaskNotices notices,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      InterventionProperties properties,
      Clock clock) {
    this.interventions = interventions;
    this.users = users;
    this.notices = notices;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** What the check found, read in full before anything else runs on the connection. */
  private record Found(
      List<SlaTask> overdue, List<SlaTask> dueSoon, List<User> managers, Map<UUID, User> people) {}

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    Instant now = clock.instant();
    double fraction = properties.dueSoonPercent() / 100.0;
    Mono<Map<String, Long>> check =
        interventions
            .markOverdue(now, UPDATED_BY)
            .collectList()
            // One statement after the other: they share the transaction's connection.
            .flatMap(
                overdue ->
                    interventions
                        .markDueSoon(now, properties.dueSoonWithin(), fraction)
                        .collectList()
                        .map(dueSoon -> Tuples.of(overdue, dueSoon)))
            .flatMap(
                marked ->
                    users
                        .activeWithRole(Role.OPS_MANAGER)
                        .collectList()
                        .flatMap(
                            managers ->
                                assignees(marked.getT1(), marked.getT2())
                                    .map(
                                        people ->
                                            new Found(
                                                marked.getT1(), marked.getT2(), managers, people))))
            .flatMap(found -> act(found, now));
    return check.as(transactions::transactional);
  }

  /** The active assignees of the tasks, by id (one query each, one after the other). */
  private Mono<Map<UUID, User>> assignees(List<SlaTask> overdue, List<SlaTask> dueSoon) {
    return Flux.concat(Flux.fromIterable(overdue), Flux.fromIterable(dueSoon))
        .filter(task -> task.assigneeId() != null)
        .map(SlaTask::assigneeId)
        .distinct()
        .concatMap(users::findById)
        .filter(User::active)
        .collectMap(User::id, u -> u, HashMap::new);
  }

  private Mono<Map<String, Long>> act(Found found, Instant now) {
    Mono<Long> published =
        Flux.fromIterable(found.overdue()).concatMap(task -> publish(task, now)).count();
    Mono<Long> managersTold =
        Flux.fromIterable(found.overdue())
            .concatMap(
                task ->
                    Flux.fromIterable(found.managers())
                        .concatMap(m -> overdueNotice(task, m, false, now)))
            .filter(Boolean::booleanValue)
            .count();
    Mono<Long> assigneesTold =
        Flux.fromIterable(found.overdue())
            .filter(task -> found.people().containsKey(task.assigneeId()))
            .concatMap(
                task -> overdueNotice(task, found.people().get(task.assigneeId()), true, now))
            .filter(Boolean::booleanValue)
            .count();
    Mono<Long> dueSoonTold =
        Flux.fromIterable(found.dueSoon())
            .filter(task -> found.people().containsKey(task.assigneeId()))
            .concatMap(task -> dueSoonNotice(task, found.people().get(task.assigneeId()), now))
            .filter(Boolean::booleanValue)
            .count();
    // One after the other: the statements share the transaction's connection.
    return published.flatMap(
        p ->
            managersTold.flatMap(
                m ->
                    assigneesTold.flatMap(
                        a ->
                            dueSoonTold.map(
                                d -> {
                                  Map<String, Long> counts = new LinkedHashMap<>();
                                  counts.put("tasksOverdue", (long) found.overdue().size());
                                  counts.put("updatesPublished", p);
                                  counts.put("managers", (long) found.managers().size());
                                  counts.put("notificationsRecorded", m);
                                  counts.put("assigneesNotifiedOverdue", a);
                                  counts.put("tasksDueSoon", (long) found.dueSoon().size());
                                  counts.put("assigneesNotifiedDueSoon", d);
                                  return counts;
                                }))));
  }

  private Mono<UUID> publish(SlaTask task, Instant now) {
    // OVERDUE in an update is the mark; an assigned task keeps its workflow status (see docs).
    InterventionUpdated update =
        new InterventionUpdated(
            task.interventionId(),
            task.tutorId(),
            task.interventionType(),
            InterventionStore.OVERDUE,
            null,
            task.assigneeId() == null ? null : task.assigneeId().toString(),
            UPDATED_BY,
            now);
    // One id per task's overdue mark: a replayed outbox row is a duplicate to consumers.
    UUID eventId =
        UUID.nameUUIDFromBytes(
            ("InterventionUpdated|OVERDUE|" + task.interventionId())
                .getBytes(StandardCharsets.UTF_8));
    return outbox.append(update, eventId);
  }

  private Mono<Boolean> overdueNotice(SlaTask task, User person, boolean assignee, Instant now) {
    var message =
        assignee
            ? InterventionOverdueMessage.forAssignee(
                person.displayName(),
                task.interventionId(),
                task.tutorId(),
                task.interventionType(),
                task.priority(),
                task.reason(),
                task.dueAt(),
                now)
            : InterventionOverdueMessage.of(
                person.displayName(),
                task.interventionId(),
                task.tutorId(),
                task.interventionType(),
                task.priority(),
                task.reason(),
                task.dueAt(),
                now);
    return notices.tell(
        person,
        NotificationKind.INTERVENTION_OVERDUE,
        message,
        InterventionOverdueMessage.dedupeKey(task.interventionId(), person.id().toString()),
        task.tutorId());
  }

  private Mono<Boolean> dueSoonNotice(SlaTask task, User assignee, Instant now) {
    return notices.tell(
        assignee,
        NotificationKind.INTERVENTION_DUE_SOON,
        InterventionDueSoonMessage.of(
            assignee.displayName(),
            task.interventionId(),
            task.tutorId(),
            task.interventionType(),
            task.priority(),
            task.reason(),
            task.dueAt(),
            now),
        InterventionDueSoonMessage.dedupeKey(task.interventionId(), assignee.id().toString()),
        task.tutorId());
  }
}
