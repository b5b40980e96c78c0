package com.tutormax.api.portal.persistence;

import com.tutormax.api.portal.domain.Milestones;
import com.tutormax.api.portal.domain.PeerRank;
import com.tutormax.api.portal.domain.PeriodStats;
import com.tutormax.api.portal.domain.RatingDay;
import com.tutormax.api.profiles.domain.Tenure;
import com.tutormax.common.rules.SessionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The tutor portal's reads of the system of record (core.sessions, core.feedback) and the
 * performance read model, each one indexed query for one tutor (sessions_tutor_start,
 * feedback_tutor_submitted, tutor_performance's key).
 */
@Repository
public class PortalStore {

  private final DatabaseClient db;

  public PortalStore(DatabaseClient db) {
    this.db = db;
  }

  /** Sessions by scheduled start and ratings by the day given, {@code from} through {@code to}. */
  public Mono<PeriodStats> period(String tutorId, LocalDate from, LocalDate through) {
    return db.sql(
            "SELECT s.scheduled, s.held, s.on_time, f.ratings, f.average, f.five_stars FROM"
                + " (SELECT count(*) AS scheduled, count(*) FILTER (WHERE NOT no_show) AS held,"
                + " count(*) FILTER (WHERE NOT no_show AND late_start_minutes <= :grace)"
                + " AS on_time FROM sessions WHERE tutor_id = :id AND scheduled_start >= :from"
                + " AND scheduled_start < :to) s,"
                + " (SELECT count(*) AS ratings, avg(overall_rating)::float8 AS average,"
                + " count(*) FILTER (WHERE overall_rating = 5) AS five_stars FROM feedback"
                + " WHERE tutor_id = :id AND submitted_at >= :from AND submitted_at < :to) f")
        .bind("id", tutorId)
        .bind("grace", SessionRules.LATE_START_GRACE_MINUTES)
        .bind("from", startOf(from))
        .bind("to", startOf(through.plusDays(1)))
        .map(
            row ->
                PeriodStats.of(
                    from,
                    through,
                    row.get("scheduled", Long.class).intValue(),
                    row.get("held", Long.class).intValue(),
                    row.get("on_time", Long.class).intValue(),
                    row.get("ratings", Long.class).intValue(),
                    row.get("average", Double.class),
                    row.get("five_stars", Long.class).intValue()))
        .one();
  }

  /** The average rating of each UTC day from {@code from} through {@code through} that has one. */
  public Mono<List<RatingDay>> ratingTrend(String tutorId, LocalDate from, LocalDate through) {
    return db.sql(
            "SELECT (submitted_at AT TIME ZONE 'UTC')::date AS day,"
                + " avg(overall_rating)::float8 AS average, count(*) AS ratings FROM feedback"
                + " WHERE tutor_id = :id AND submitted_at >= :from AND submitted_at < :to"
                + " GROUP BY 1 ORDER BY 1")
        .bind("id", tutorId)
        .bind("from", startOf(from))
        .bind("to", startOf(through.plusDays(1)))
        .map(
            row ->
                new RatingDay(
                    row.get("day", LocalDate.class),
                    row.get("average", Double.class),
                    row.get("ratings", Long.class).intValue()))
        .all()
        .collectList();
  }

  /** Lifetime counts for badges; tenure from the tutor's joining day to {@code today}. */
  public Mono<Milestones> milestones(String tutorId, Instant joinedAt, LocalDate today) {
    return db.sql(
            "SELECT (SELECT count(*) FROM sessions WHERE tutor_id = :id AND NOT no_show) AS held,"
                + " f.five_stars, f.first_rated, f.first_successful FROM"
                + " (SELECT count(*) FILTER (WHERE overall_rating = 5) AS five_stars,"
                + " count(*) FILTER (WHERE first_session) AS first_rated,"
                + " count(*) FILTER (WHERE first_session AND overall_rating >= :success)"
                + " AS first_successful FROM feedback WHERE tutor_id = :id) f")
        .bind("id", tutorId)
        .bind("success", SessionRules.FIRST_SESSION_SUCCESS_RATING)
        .map(
            row ->
                new Milestones(
                    row.get("held", Long.class),
                    Tenure.days(joinedAt, today),
                    row.get("five_stars", Long.class),
                    row.get("first_rated", Long.class),
                    row.get("first_successful", Long.class)))
        .one();
  }

  /** How often students ticked each improvement area since {@code from}. */
  public Mono<Map<String, Long>> improvementAreas(String tutorId, LocalDate from) {
    return db.sql(
            "SELECT area, count(*) AS mentions FROM feedback, unnest(improvement_areas) AS area"
                + " WHERE tutor_id = :id AND submitted_at >= :from GROUP BY area")
        .bind("id", tutorId)
        .bind("from", startOf(from))
        .map(row -> Map.entry(row.get("area", String.class), row.get("mentions", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
  }

  /**
   * Where the tutor's performance score stands among the other active tutors with one; empty when
   * the tutor has none yet.
   */
  public Mono<PeerRank> peerRank(String tutorId) {
    return db.sql(
            "SELECT count(*) FILTER (WHERE p.score < me.score) AS below, count(*) AS peers"
                + " FROM tutor_performance p JOIN tutors t ON t.tutor_id = p.tutor_id"
                + " AND t.status = 'ACTIVE' AND p.tutor_id <> :id,"
                + " (SELECT score FROM tutor_performance WHERE tutor_id = :id) me")
        .bind("id", tutorId)
        .map(row -> new long[] {row.get("below", Long.class), row.get("peers", Long.class)})
        .one()
        .mapNotNull(counts -> PeerRank.of(counts[0], counts[1]));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
