package com.tutormax.api.interventions.service;

import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.domain.TutorActionMessage;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Executes automated interventions as they arrive (PRD: "executed and logged at once"): A1, A2, A4
 * and A5 email the tutor (a notice per recommendation, rendered from its kind's templates); A3's
 * check-in goes out per first session from the first-session-checkins job. Each is marked executed
 * (when, what) in the same transaction as its notice, so it runs once. Only recommendations of the
 * last {@value #WITHIN_HOURS} hours run: older ones are history (a replay), not a reason to email a
 * tutor today.
 */
@Service
public class AutomatedActions {

  static final int WITHIN_HOURS = 36;

  private final DatabaseClient db;
  private final NotificationService notifications;
  private final TransactionalOperator transactions;
  private final Clock clock;

  public AutomatedActions(
      DatabaseClient db,
      NotificationService notifications,
      TransactionalOperator transactions,
      Clock clock) {
    this.db = db;
    this.notifications = notifications;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A stored automated intervention not yet executed, with its tutor's name and address. */
  record Pending(
      String interventionId,
      String tutorId,
      String type,
      String reason,
      String tutorName,
      String tutorEmail) {}

  /** Executes those of {@code interventionIds} still pending; emits how many were executed. */
  public Mono<Integer> execute(List<String> interventionIds) {
    if (interventionIds.isEmpty()) {
      return Mono.just(0);
    }
    Instant now = clock.instant();
    // Read in full before writing on the same transactional connection.
    return pending(interventionIds, now.minus(Duration.ofHours(WITHIN_HOURS)))
        .collectList()
        .flatMapMany(Flux::fromIterable)
        .concatMap(p -> executeOne(p, now))
        .count()
        .map(Long::intValue)
        .as(transactions::transactional);
  }

  private Flux<Pending> pending(List<String> ids, Instant since) {
    return db.sql(
            "SELECT i.intervention_id, i.tutor_id, i.intervention_type, i.reason, t.name, t.email"
                + " FROM interventions i LEFT JOIN tutors t ON t.tutor_id = i.tutor_id"
                + " WHERE i.intervention_id = ANY(:ids) AND i.automated"
                + " AND i.executed_at IS NULL AND i.recommended_at >= :since"
                + " FOR UPDATE OF i SKIP LOCKED")
        .bind("ids", ids.toArray(String[]::new))
        .bind("since", since)
        .map(
            row ->
                new Pending(
                    row.get("intervention_id", String.class),
                    row.get("tutor_id", String.class),
                    row.get("intervention_type", String.class),
                    row.get("reason", String.class),
                    row.get("name", String.class),
                    row.get("email", String.class)))
        .all();
  }

  private Mono<Boolean> executeOne(Pending p, Instant now) {
    Optional<NotificationKind> kind = TutorActionMessage.kindOf(p.type());
    if (kind.isEmpty()) {
      return markExecuted(
          p.interventionId(), now, "sent per first session by first-session-checkins");
    }
    Notice notice =
        new Notice(
            kind.get(),
            Recipient.tutor(p.tutorId(), p.tutorEmail()),
            TutorActionMessage.of(
                kind.get(), p.tutorName() == null ? "there" : p.tutorName(), p.reason()),
            TutorActionMessage.dedupeKey(p.interventionId()),
            null,
            p.tutorId());
    String execution =
        p.tutorEmail() == null
            ? kind.get() + " recorded (no email address on file)"
            : kind.get() + " emailed to the tutor";
    return notifications.record(notice).then(markExecuted(p.interventionId(), now, execution));
  }

  private Mono<Boolean> markExecuted(String interventionId, Instant now, String execution) {
    return db.sql(
            "UPDATE interventions SET executed_at = :now, execution = :execution"
                + " WHERE intervention_id = :id")
        .bind("now", now)
        .bind("execution", execution)
        .bind("id", interventionId)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }
}
