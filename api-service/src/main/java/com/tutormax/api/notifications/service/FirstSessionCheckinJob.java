package com.tutormax.api.notifications.service;

import com.tutormax.api.notifications.domain.FirstSessionCheckinMessage;
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
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's half-hourly {@code first-session-checkins} (PRD A3): the check-in survey to the
 * tutor {@code afterHours} (2) after every first session. Each run looks back {@code lookbackHours}
 * (24), not just half an hour, so a run missed or failed is made up by the next; the notice's
 * dedupe key (per session) keeps it to one check-in each.
 */
@Component
class FirstSessionCheckinJob implements ScheduledJob {

  static final String NAME = "first-session-checkins";

  private final SessionsToNotify sessions;
  private final NotificationService notifications;
  private final Clock clock;

  FirstSessionCheckinJob(
      SessionsToNotify sessions, NotificationService notifications, Clock clock) {
    this.sessions = sessions;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    Duration after = JobParameters.hours(parameters, "afterHours", 2);
    Duration lookback = JobParameters.hours(parameters, "lookbackHours", 24);
    if (lookback.isZero()) {
      return Mono.error(new IllegalArgumentException("lookbackHours must be at least 1"));
    }
    Instant now = clock.instant();
    return sessions
        .firstSessionsEnded(
            after, now.minus(lookback), now, FirstSessionCheckinMessage.dedupeKey(""))
        .concatMap(session -> session.noticeRecorded() ? Mono.just(false) : checkIn(session))
        .collectList()
        .map(FirstSessionCheckinJob::counts);
  }

  private Mono<Boolean> checkIn(HeldSession session) {
    return notifications.record(
        new Notice(
            NotificationKind.FIRST_SESSION_CHECKIN,
            Recipient.tutor(session.tutorId(), session.tutorEmail()),
            FirstSessionCheckinMessage.of(
                session.tutorName(), session.subject(), session.heldAt(), session.sessionId()),
            FirstSessionCheckinMessage.dedupeKey(session.sessionId()),
            session.sessionId(),
            session.tutorId()));
  }

  private static Map<String, Long> counts(List<Boolean> recorded) {
    long fresh = recorded.stream().filter(Boolean::booleanValue).count();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("sessionsChecked", (long) recorded.size());
    counts.put("checkinsRecorded", fresh);
    counts.put("alreadyCheckedIn", recorded.size() - fresh);
    return counts;
  }
}
