package com.tutormax.api.notifications.persistence;

import com.tutormax.api.notifications.domain.WeeklyFigures;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Counts a week of core's records for the managers' digest (see WeeklyFigures). */
@Repository
public class WeeklyFiguresStore {

  private static final String SQL =
      "SELECT"
          + " (SELECT count(*) FROM sessions WHERE scheduled_start >= :from"
          + " AND scheduled_start < :to) AS scheduled,"
          + " (SELECT count(*) FROM sessions WHERE scheduled_start >= :from"
          + " AND scheduled_start < :to AND no_show) AS no_shows,"
          + " (SELECT count(*) FROM sessions WHERE scheduled_start >= :from"
          + " AND scheduled_start < :to AND tutor_rescheduled) AS reschedules,"
          + " (SELECT count(*) FROM feedback WHERE submitted_at >= :from"
          + " AND submitted_at < :to) AS ratings,"
          + " (SELECT COALESCE(sum(overall_rating), 0) FROM feedback WHERE submitted_at >= :from"
          + " AND submitted_at < :to) AS rating_sum,"
          + " (SELECT count(*) FROM feedback WHERE submitted_at >= :from"
          + " AND submitted_at < :to AND first_session) AS first_ratings,"
          + " (SELECT count(*) FROM feedback WHERE submitted_at >= :from"
          + " AND submitted_at < :to AND first_session AND overall_rating >= 4) AS first_successes,"
          + " (SELECT count(*) FROM tutors WHERE joined_at >= :from AND joined_at < :to)"
          + " AS new_tutors,"
          + " (SELECT count(DISTINCT tutor_id) FROM tutor_lifecycle WHERE change = 'RESIGNED'"
          + " AND occurred_at >= :from AND occurred_at < :to) AS tutors_left,"
          + " (SELECT count(DISTINCT tutor_id) FROM tutor_lifecycle WHERE change = 'INACTIVE'"
          + " AND occurred_at >= :from AND occurred_at < :to) AS tutors_inactive";

  private final DatabaseClient db;

  public WeeklyFiguresStore(DatabaseClient db) {
    this.db = db;
  }

  /** The figures of [from, to). */
  public Mono<WeeklyFigures> figures(Instant from, Instant to) {
    return db.sql(SQL).bind("from", from).bind("to", to).map(WeeklyFiguresStore::figures).one();
  }

  private static WeeklyFigures figures(Readable row) {
    return new WeeklyFigures(
        number(row, "scheduled"),
        number(row, "no_shows"),
        number(row, "reschedules"),
        number(row, "ratings"),
        number(row, "rating_sum"),
        number(row, "first_ratings"),
        number(row, "first_successes"),
        number(row, "new_tutors"),
        number(row, "tutors_left"),
        number(row, "tutors_inactive"));
  }

  private static long number(Readable row, String column) {
    Number n = row.get(column, Number.class);
    return n == null ? 0 : n.longValue();
  }
}
