package com.tutormax.api.portal.service;

import com.tutormax.api.portal.config.PortalProperties;
import com.tutormax.api.portal.domain.Badges;
import com.tutormax.api.portal.domain.Goal;
import com.tutormax.api.portal.domain.GoalProgress;
import com.tutormax.api.portal.domain.NewGoal;
import com.tutormax.api.portal.domain.TrainingCatalogue;
import com.tutormax.api.portal.domain.TutorPortal;
import com.tutormax.api.portal.persistence.GoalStore;
import com.tutormax.api.portal.persistence.PortalStore;
import com.tutormax.api.profiles.domain.PerformanceView;
import com.tutormax.api.profiles.domain.Tenure;
import com.tutormax.api.profiles.persistence.ReadModelStore;
import com.tutormax.api.profiles.service.RecentFeedback;
import com.tutormax.api.records.domain.Tutor;
import com.tutormax.api.records.domain.Viewer;
import com.tutormax.api.records.persistence.TutorStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tutor portal: a tutor's own tier, stats, trend, peer rank, badges, training and goals. Only
 * for a tutor linked to a tutor record, and only their own; it never reads churn data, so no churn
 * score or risk can reach a tutor through it.
 */
@Service
public class TutorPortalService {

  private final TutorStore tutors;
  private final ReadModelStore readModels;
  private final PortalStore portal;
  private final GoalStore goals;
  private final RecentFeedback feedback;
  private final TransactionalOperator transactions;
  private final PortalProperties properties;
  private final Clock clock;

  public TutorPortalService(
      TutorStore tutors,
      ReadModelStore readModels,
      PortalStore portal,
      GoalStore goals,
      RecentFeedback feedback,
      TransactionalOperator transactions,
      PortalProperties properties,
      Clock clock) {
    this.tutors = tutors;
    this.readModels = readModels;
    this.portal = portal;
    this.goals = goals;
    this.feedback = feedback;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  public Mono<TutorPortal> overview(Viewer viewer) {
    LocalDate today = today();
    return tutor(viewer)
        .flatMap(
            tutor -> {
              String id = tutor.tutorId();
              // Independent reads on pooled connections, side by side.
              return Mono.zip(
                      optional(readModels.performance(id)),
                      portal.period(id, today.minusDays(6), today),
                      portal.period(id, today.minusDays(13), today.minusDays(7)),
                      portal.ratingTrend(id, today.minusDays(properties.trendDays() - 1L), today),
                      optional(portal.peerRank(id)),
                      portal.milestones(id, tutor.joinedAt(), today),
                      portal.improvementAreas(id, today.minusDays(29)),
                      feedback.of(viewer, id, properties.recentFeedback()))
                  .map(
                      t -> {
                        PerformanceView performance = t.getT1().orElse(null);
                        LocalDate joinedOn = LocalDate.ofInstant(tutor.joinedAt(), ZoneOffset.UTC);
                        return new TutorPortal(
                            id,
                            firstName(tutor.name()),
                            joinedOn,
                            Tenure.days(tutor.joinedAt(), today),
                            performance == null
                                ? null
                                : new TutorPortal.Tier(
                                    performance.tier(),
                                    performance.previousTier(),
                                    performance.asOf()),
                            t.getT2(),
                            t.getT3(),
                            t.getT4(),
                            t.getT5().orElse(null),
                            Badges.of(t.getT6()),
                            TrainingCatalogue.recommend(
                                performance == null
                                    ? new HashSet<>()
                                    : new HashSet<>(performance.flags()),
                                t.getT7()),
                            t.getT8());
                      });
            });
  }

  /** The tutor's goals with their progress, those ending latest first. */
  public Mono<List<GoalProgress>> goals(Viewer viewer) {
    LocalDate today = today();
    return tutor(viewer)
        .flatMap(tutor -> goals.ofTutor(tutor.tutorId()))
        .flatMapMany(Flux::fromIterable)
        .concatMap(goal -> progress(goal, today))
        .collectList();
  }

  public Mono<GoalProgress> create(Viewer viewer, NewGoal request) {
    LocalDate today = today();
    List<String> problems = request.problems(today);
    if (!problems.isEmpty()) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems)));
    }
    return tutor(viewer)
        .flatMap(
            tutor -> {
              Goal goal =
                  new Goal(
                      UUID.randomUUID(),
                      tutor.tutorId(),
                      request.metric(),
                      request.target(),
                      request.startsOnOr(today),
                      request.endsOnOr(today),
                      clock.instant());
              return goals
                  .lockTutor(tutor.tutorId())
                  .then(goals.addIfRoom(goal, today, properties.maxOpenGoals()))
                  .as(transactions::transactional)
                  .flatMap(
                      added ->
                          added
                              ? progress(goal, today)
                              : Mono.error(
                                  new ResponseStatusException(
                                      HttpStatus.UNPROCESSABLE_ENTITY,
                                      "You already have "
                                          + properties.maxOpenGoals()
                                          + " goals running or upcoming; delete one first")));
            });
  }

  public Mono<Void> delete(Viewer viewer, UUID goalId) {
    return tutor(viewer)
        .flatMap(tutor -> goals.delete(tutor.tutorId(), goalId))
        .flatMap(
            deleted ->
                deleted
                    ? Mono.<Void>empty()
                    : Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No such goal")));
  }

  private Mono<GoalProgress> progress(Goal goal, LocalDate today) {
    LocalDate through = goal.endsOn().isBefore(today) ? goal.endsOn() : today;
    if (today.isBefore(goal.startsOn())) {
      return Mono.just(GoalProgress.of(goal, null, today));
    }
    return portal
        .period(goal.tutorId(), goal.startsOn(), through)
        .map(stats -> GoalProgress.of(goal, stats, today));
  }

  /**
   * The viewer's own tutor record: 404 for an account linked to none or to one not stored yet (a
   * signed-in tutor whose record is missing), 403 for staff.
   */
  private Mono<Tutor> tutor(Viewer viewer) {
    if (viewer.staff()) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.FORBIDDEN, "The tutor portal is for tutors"));
    }
    if (viewer.tutorId() == null) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.NOT_FOUND, "Your account is not linked to a tutor record"));
    }
    return tutors
        .find(viewer.tutorId())
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Your tutor record is not known yet")));
  }

  private static String firstName(String name) {
    String trimmed = name == null ? "" : name.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static <T> Mono<Optional<T>> optional(Mono<T> value) {
    return value.map(Optional::of).defaultIfEmpty(Optional.empty());
  }
}
