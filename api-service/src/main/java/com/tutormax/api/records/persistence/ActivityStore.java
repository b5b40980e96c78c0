package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.ActivityQuery;
import com.tutormax.api.records.domain.TutorActivity;
import com.tutormax.common.events.TutorActivityRecorded;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.tutor_activity, keyed by activity id. */
@Repository
public class ActivityStore implements RecordTable<TutorActivityRecorded> {

  private static final String COLUMNS =
      "SELECT activity_id, tutor_id, kind, occurred_at, response_minutes,"
          + " availability_hours_delta, training_module, detail, source";

  private static final UnnestInsert<TutorActivityRecorded> INSERT =
      UnnestInsert.<TutorActivityRecorded>into("tutor_activity", "activity_id")
          .text("activity_id", TutorActivityRecorded::activityId)
          .text("tutor_id", TutorActivityRecorded::tutorId)
          .text("kind", a -> a.kind().name())
          .timestamp("occurred_at", TutorActivityRecorded::occurredAt)
          .float8("response_minutes", TutorActivityRecorded::responseMinutes)
          .float8("availability_hours_delta", TutorActivityRecorded::availabilityHoursDelta)
          .text("training_module", TutorActivityRecorded::trainingModule)
          .text("detail", TutorActivityRecorded::detail)
          .text("source", a -> a.source().name());

  private final DatabaseClient db;

  public ActivityStore(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Class<TutorActivityRecorded> eventType() {
    return TutorActivityRecorded.class;
  }

  @Override
  public String naturalKey(TutorActivityRecorded event) {
    return event.activityId();
  }

  @Override
  public Mono<Long> insert(List<TutorActivityRecorded> events) {
    return INSERT.execute(db, events);
  }

  /** Newest first. */
  public Mono<Page<TutorActivity>> page(ActivityQuery query, PageRequest page) {
    Conditions where =
        new Conditions()
            .equal("tutor_id", query.tutorId())
            .equal("kind", query.kind())
            .within("occurred_at", query.occurred());
    return Pages.of(
        db,
        COLUMNS,
        "tutor_activity",
        where,
        "occurred_at DESC, activity_id",
        page,
        ActivityStore::activity);
  }

  static TutorActivity activity(Readable row) {
    return new TutorActivity(
        row.get("activity_id", String.class),
        row.get("tutor_id", String.class),
        row.get("kind", String.class),
        row.get("occurred_at", Instant.class),
        row.get("response_minutes", Double.class),
        row.get("availability_hours_delta", Double.class),
        row.get("training_module", String.class),
        row.get("detail", String.class),
        row.get("source", String.class));
  }
}
