package com.tutormax.evaluation.performance.service;

import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.evaluation.performance.domain.ChurnDecision;
import com.tutormax.evaluation.performance.domain.ChurnDetector;
import com.tutormax.evaluation.performance.domain.EventDay;
import com.tutormax.evaluation.performance.persistence.TutorDayStore;
import com.tutormax.evaluation.performance.persistence.TutorStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lifecycle events in the intake transaction: a resignation churns the tutor at once (published
 * through the outbox with the rest of the batch). Inactivity and low volume are detected when days
 * close, from the sessions themselves, whatever the source system says.
 */
@Component
class LifecycleHandler {

  private final TutorStore tutors;
  private final TutorDayStore days;
  private final OutboxWriter outbox;

  LifecycleHandler(TutorStore tutors, TutorDayStore days, OutboxWriter outbox) {
    this.tutors = tutors;
    this.days = days;
    this.outbox = outbox;
  }

  Mono<Void> apply(List<TutorLifecycleChanged> changes, Instant now) {
    return Flux.fromIterable(changes)
        .filter(c -> c.change() == TutorLifecycleChanged.Change.RESIGNED)
        .concatMap(c -> resigned(c, now))
        .then();
  }

  private Mono<Void> resigned(TutorLifecycleChanged change, Instant now) {
    LocalDate day = EventDay.of(change);
    return tutors
        .find(change.tutorId())
        .flatMap(
            tutor ->
                days.tutorDays(change.tutorId(), day.minusDays(Lookback.DAYS), day)
                    .collectList()
                    .flatMap(
                        history -> {
                          ChurnDecision decision =
                              ChurnDetector.onLifecycle(tutor.churn(), change, history);
                          if (!decision.churned()) {
                            return Mono.empty();
                          }
                          return tutors
                              .churnState(tutor.tutorId(), tutor.churn().after(decision), now)
                              .then(
                                  outbox.append(
                                      decision.toEvent(
                                          tutor.tutorId(),
                                          DayCloser.lastSessionAt(tutor, decision)),
                                      EventIds.id(tutor.tutorId(), decision)))
                              .then();
                        }));
  }
}
