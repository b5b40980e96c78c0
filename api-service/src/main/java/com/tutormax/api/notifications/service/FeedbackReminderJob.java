package com.tutormax.api.notifications.service;

import com.tutormax.api.feedback.service.FeedbackFormService;
import com.tutormax.api.feedback.service.FeedbackFormService.Issuer;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notifications.config.NotificationProperties;
import com.tutormax.api.notifications.domain.FeedbackReminderMessage;
import com.tutormax.api.notifications.domain.HeldSession;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.persistence.SessionsToNotify;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.common.jobs.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The scheduler's hourly {@code feedback-reminders}: for each session held between {@code
 * maxAgeHours} and {@code minAgeHours} ago (48 and 24) that took place and has no rating, one
 * reminder to its student with a fresh feedback link. The link is issued as staff issue one
 * (FeedbackFormService: it replaces the session's unused links, since only their hashes are kept,
 * and is audited), in one transaction with the notice: a session already reminded gets no new link,
 * and a re-run records nothing twice.
 */
@Component
class FeedbackReminderJob implements ScheduledJob {

  static final String NAME = "feedback-reminders";
  private static final Issuer SCHEDULER = new Issuer(null, "scheduler:" + NAME);

  private final SessionsToNotify sessions;
  private final FeedbackFormService feedbackForms;
  private final NotificationService notifications;
  private final NotificationProperties properties;
  private final TransactionalOperator transactions;
  private final Clock clock;

  FeedbackReminderJob(
      SessionsToNotify sessions,
      FeedbackFormService feedbackForms,
      NotificationService notifications,
      NotificationProperties properties,
      TransactionalOperator transactions,
      Clock clock) {
    this.sessions = sessions;
    this.feedbackForms = feedbackForms;
    this.notifications = notifications;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    Duration minAge = JobParameters.hours(parameters, "minAgeHours", 24);
    Duration maxAge = JobParameters.hours(parameters, "maxAgeHours", 48);
    if (maxAge.compareTo(minAge) <= 0) {
      return Mono.error(new IllegalArgumentException("maxAgeHours must exceed minAgeHours"));
    }
    Instant now = clock.instant();
    String keyPrefix = FeedbackReminderMessage.dedupeKey("");
    return sessions
        .unrated(now.minus(maxAge), now.minus(minAge), keyPrefix)
        .concatMap(
            session -> session.noticeRecorded() ? Mono.just(Result.ALREADY) : remind(session))
        .collectList()
        .map(
            results -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              counts.put("sessionsChecked", (long) results.size());
              counts.put("remindersRecorded", count(results, Result.RECORDED));
              counts.put("alreadyReminded", count(results, Result.ALREADY));
              counts.put("ratedMeanwhile", count(results, Result.RATED));
              return counts;
            });
  }

  private enum Result {
    RECORDED,
    ALREADY,
    RATED
  }

  private Mono<Result> remind(HeldSession session) {
    String key = FeedbackReminderMessage.dedupeKey(session.sessionId());
    Mono<Result> linkAndNotice =
        feedbackForms
            .issue(SCHEDULER, session.sessionId(), null, ClientInfo.SCHEDULER)
            .flatMap(
                link ->
                    notifications.record(
                        new Notice(
                            NotificationKind.FEEDBACK_REMINDER,
                            Recipient.student(session.studentId()),
                            FeedbackReminderMessage.of(
                                session.studentId(),
                                session.subject(),
                                session.heldAt(),
                                properties.link(link.formPath()),
                                link.expiresAt()),
                            key,
                            session.sessionId(),
                            session.tutorId())))
            // Another run recorded it first: undo this run's link so the student's stays valid.
            .flatMap(recorded -> recorded ? Mono.just(Result.RECORDED) : Mono.error(new Raced()))
            .as(transactions::transactional);
    return linkAndNotice
        .onErrorResume(Raced.class, e -> Mono.just(Result.ALREADY))
        // Rated (through a link) between the query and now: nothing to remind.
        .onErrorResume(
            e ->
                e instanceof ResponseStatusException r
                    && r.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT),
            e -> Mono.just(Result.RATED));
  }

  private static long count(java.util.List<Result> results, Result result) {
    return results.stream().filter(result::equals).count();
  }

  /** The notice's dedupe key was taken by a concurrent run; rolls this one back. */
  private static final class Raced extends RuntimeException {
    Raced() {
      super(null, null, false, false);
    }
  }
}
