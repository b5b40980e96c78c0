package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.TutorStatus;
import com.tutormax.common.events.TutorLifecycleChanged.Change;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Sets tutors' status from their latest stored lifecycle change by event time. Tutors and lifecycle
 * changes arrive on separate topics in any order, so both listeners run this after their own insert
 * commits: whichever commits last sees both rows. Older changes arriving late never override newer
 * ones.
 */
@Repository
public class TutorStatuses {

  private static final String STATUS_AFTER_CHANGE =
      Arrays.stream(Change.values())
          .map(c -> "WHEN '" + c.name() + "' THEN '" + TutorStatus.after(c).name() + "'")
          .collect(Collectors.joining(" ", "CASE l.change ", " END"));

  private static final String APPLY =
      "UPDATE tutors t SET status = "
          + STATUS_AFTER_CHANGE
          + ", status_changed_at = l.occurred_at, status_reason = l.reason"
          + " FROM (SELECT DISTINCT ON (tutor_id) tutor_id, change, occurred_at, reason"
          + " FROM tutor_lifecycle WHERE tutor_id = ANY(CAST(:ids AS text[]))"
          + " ORDER BY tutor_id, occurred_at DESC, change DESC) l"
          + " WHERE t.tutor_id = l.tutor_id"
          + " AND (t.status_changed_at IS NULL OR t.status_changed_at < l.occurred_at"
          + " OR (t.status_changed_at = l.occurred_at"
          + " AND t.status IS DISTINCT FROM "
          + STATUS_AFTER_CHANGE
          + "))";

  private final DatabaseClient db;

  public TutorStatuses(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> apply(Collection<String> tutorIds) {
    if (tutorIds.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(APPLY).bind("ids", tutorIds.stream().distinct().toArray(String[]::new)).then();
  }
}
