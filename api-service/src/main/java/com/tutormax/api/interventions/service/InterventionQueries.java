package com.tutormax.api.interventions.service;

import com.tutormax.api.interventions.domain.InterventionFilter;
import com.tutormax.api.interventions.persistence.InterventionHistory;
import com.tutormax.api.interventions.persistence.InterventionTasks;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The queue, one task with its timeline, a tutor's interventions; SLA state at the read's now. */
@Service
public class InterventionQueries {

  private final InterventionTasks tasks;
  private final InterventionHistory history;
  private final Clock clock;

  InterventionQueries(InterventionTasks tasks, InterventionHistory history, Clock clock) {
    this.tasks = tasks;
    this.history = history;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** A page of the queue (soonest due first, then the most urgent) and the number of matches. */
  public Mono<Page<InterventionView>> list(InterventionFilter filter, PageRequest page) {
    Instant now = filter.now();
    return tasks
        .search(filter, page)
        .map(task -> InterventionView.of(task, now))
        .collectList()
        .flatMap(items -> tasks.count(filter).map(total -> Page.of(items, page, total)));
  }

  public Mono<InterventionView> one(String id) {
    Instant now = clock.instant();
    return tasks
        .find(id)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such task")))
        .flatMap(
            task ->
                history
                    .of(id)
                    .collectList()
                    .map(timeline -> new InterventionView(task, task.sla(now), timeline)));
  }

  /** The tutor's interventions, newest first (automated actions and tasks alike). */
  public Mono<Page<InterventionView>> ofTutor(String tutorId, PageRequest page) {
    Instant now = clock.instant();
    return tasks
        .ofTutor(tutorId, page)
        .map(task -> InterventionView.of(task, now))
        .collectList()
        .flatMap(items -> tasks.countOfTutor(tutorId).map(total -> Page.of(items, page, total)));
  }
}
