package com.tutormax.api.records.persistence;

import com.tutormax.common.events.TutorLifecycleChanged;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * core.tutor_lifecycle: every change is kept, also for tutors not stored yet, and the latest one
 * sets the tutor's status (see {@link TutorStatuses}).
 */
@Repository
public class LifecycleStore implements RecordTable<TutorLifecycleChanged> {

  private static final UnnestInsert<TutorLifecycleChanged> INSERT =
      UnnestInsert.<TutorLifecycleChanged>into("tutor_lifecycle", "tutor_id, change, occurred_at")
          .text("tutor_id", TutorLifecycleChanged::tutorId)
          .text("change", l -> l.change().name())
          .timestamp("occurred_at", TutorLifecycleChanged::occurredAt)
          .text("reason", TutorLifecycleChanged::reason)
          .text("source", l -> l.source().name());

  private final DatabaseClient db;
  private final TutorStatuses statuses;

  public LifecycleStore(DatabaseClient db, TutorStatuses statuses) {
    this.db = db;
    this.statuses = statuses;
  }

  @Override
  public Class<TutorLifecycleChanged> eventType() {
    return TutorLifecycleChanged.class;
  }

  @Override
  public String naturalKey(TutorLifecycleChanged event) {
    return event.tutorId() + "|" + event.change() + "|" + event.occurredAt();
  }

  @Override
  public Mono<Long> insert(List<TutorLifecycleChanged> events) {
    return INSERT.execute(db, events);
  }

  @Override
  public Mono<Void> afterInsert(List<TutorLifecycleChanged> events) {
    return statuses.apply(events.stream().map(TutorLifecycleChanged::tutorId).toList());
  }
}
