package com.tutormax.api.notifications.service;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.domain.WeeklyDigestMessage;
import com.tutormax.api.notifications.domain.WeeklyFigures;
import com.tutormax.api.notifications.persistence.WeeklyFiguresStore;
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
 * The scheduler's {@code manager-weekly-digest} (Mondays 09:00): the past 7 days' figures, one
 * digest to each active OPS_MANAGER user; one per manager per ISO week, however often it runs.
 */
@Component
class ManagerWeeklyDigestJob implements ScheduledJob {

  static final String NAME = "manager-weekly-digest";
  private static final Duration WEEK = Duration.ofDays(7);

  private final UserRepository users;
  private final WeeklyFiguresStore figures;
  private final NotificationService notifications;
  private final Clock clock;

  ManagerWeeklyDigestJob(
      UserRepository users,
      WeeklyFiguresStore figures,
      NotificationService notifications,
      Clock clock) {
    this.users = users;
    this.figures = figures;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    Instant to = clock.instant();
    Instant from = to.minus(WEEK);
    return figures
        .figures(from, to)
        .flatMap(
            week ->
                users
                    .activeWithRole(Role.OPS_MANAGER)
                    .concatMap(manager -> digest(manager, from, to, week))
                    .collectList()
                    .map(recorded -> counts(recorded, week)));
  }

  private Mono<Boolean> digest(User manager, Instant from, Instant to, WeeklyFigures week) {
    return notifications.record(
        new Notice(
            NotificationKind.MANAGER_WEEKLY_DIGEST,
            Recipient.opsManager(manager.id().toString(), manager.email()),
            WeeklyDigestMessage.of(manager.displayName(), from, to, week),
            WeeklyDigestMessage.dedupeKey(manager.id(), to),
            null,
            null));
  }

  private static Map<String, Long> counts(List<Boolean> recorded, WeeklyFigures week) {
    long fresh = recorded.stream().filter(Boolean::booleanValue).count();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("managers", (long) recorded.size());
    counts.put("digestsRecorded", fresh);
    counts.put("alreadyRecorded", recorded.size() - fresh);
    counts.put("sessionsScheduled", week.sessionsScheduled());
    counts.put("feedback", week.ratings());
    return counts;
  }
}
