package com.tutormax.api.interventions.service;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.interventions.domain.OverdueTask;
import com.tutormax.api.interventions.persistence.InterventionStore;
import com.tutormax.api.notifications.domain.InterventionOverdueMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The scheduler's hourly {@code intervention-sla-check}: every open human task past its due time is
 * marked OVERDUE (once), an {@code InterventionUpdated} (status OVERDUE, by the scheduler) goes out
 * through the outbox, and each active OPS_MANAGER gets a notice. All in one transaction: if any
 * part fails nothing is marked, and the next check tries again.
 */
@Component
class InterventionSlaJob implements ScheduledJob {

  static final String NAME = "intervention-sla-check";
  static final String UPDATED_BY = "scheduler:" + NAME;

  private final InterventionStore interventions;
  private final UserRepository users;
  private final NotificationService notifications;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;

  InterventionSlaJob(
      InterventionStore interventions,
      UserRepository users,
      NotificationService notifications,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      Clock clock) {
    this.interventions = interventions;
    this.users = users;
    this.notifications = notifications;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    Instant now = clock.instant();
    Mono<Map<String, Long>> check =
        interventions
            .markOverdue(now)
            .collectList()
            .flatMap(
                overdue ->
                    users
                        .activeWithRole(Role.OPS_MANAGER)
                        .collectList()
                        .flatMap(managers -> escalate(overdue, managers, now)));
    return check.as(transactions::transactional);
  }

  private Mono<Map<String, Long>> escalate(
      List<OverdueTask> overdue, List<User> managers, Instant now) {
    Mono<Long> published = Flux.fromIterable(overdue).concatMap(task -> publish(task, now)).count();
    Mono<Long> noticed =
        Flux.fromIterable(overdue)
            .concatMap(task -> Flux.fromIterable(managers).concatMap(m -> notice(task, m, now)))
            .filter(Boolean::booleanValue)
            .count();
    // One after the other: the statements share the transaction's connection.
    return published
        .flatMap(p -> noticed.map(n -> reactor.util.function.Tuples.of(p, n)))
        .map(
            done -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              counts.put("tasksOverdue", (long) overdue.size());
              counts.put("updatesPublished", done.getT1());
              counts.put("managers", (long) managers.size());
              counts.put("notificationsRecorded", done.getT2());
              return counts;
            });
  }

  private Mono<UUID> publish(OverdueTask task, Instant now) {
    InterventionUpdated update =
        new InterventionUpdated(
            task.interventionId(),
            task.tutorId(),
            task.interventionType(),
            InterventionStore.OVERDUE,
            null,
            null,
            UPDATED_BY,
            now);
    // One id per task's overdue mark: a replayed outbox row is a duplicate to consumers.
    UUID eventId =
        UUID.nameUUIDFromBytes(
            ("InterventionUpdated|OVERDUE|" + task.interventionId())
                .getBytes(StandardCharsets.UTF_8));
    return outbox.append(update, eventId);
  }

  private Mono<Boolean> notice(OverdueTask task, User manager, Instant now) {
    return notifications.record(
        new Notice(
            NotificationKind.INTERVENTION_OVERDUE,
            Recipient.opsManager(manager.id().toString(), manager.email()),
            InterventionOverdueMessage.of(
                manager.displayName(),
                task.interventionId(),
                task.tutorId(),
                task.interventionType(),
                task.priority(),
                task.reason(),
                task.dueAt(),
                now),
            InterventionOverdueMessage.dedupeKey(task.interventionId(), manager.id().toString()),
            null,
            task.tutorId()));
  }
}
