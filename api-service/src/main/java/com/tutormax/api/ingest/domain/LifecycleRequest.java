package com.tutormax.api.ingest.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorLifecycleChanged.Change;
import java.time.Instant;

/**
 * POST /api/ingest/lifecycle: a tutor resigned, went inactive or came back (joined is implied by
 * registration but accepted). Real resignations are what churn models learn from.
 */
public record LifecycleRequest(String tutorId, Change change, Instant occurredAt, String reason)
    implements IngestRequest {

  public static LifecycleRequest read(RecordReader r) {
    return new LifecycleRequest(
        r.text("tutor_id"),
        r.choice("change", Change.class),
        r.timestamp("occurred_at"),
        r.text("reason"));
  }

  /** A tutor has one change of a kind at one instant (the record table's key). */
  @Override
  public String naturalId() {
    if (tutorId == null || change == null || occurredAt == null) {
      return null;
    }
    return tutorId + "/" + change.name().toLowerCase(java.util.Locale.ROOT) + "/" + occurredAt;
  }

  @Override
  public TutorLifecycleChanged toEvent() {
    return new TutorLifecycleChanged(tutorId, change, occurredAt, reason, DataSource.INGEST);
  }
}
