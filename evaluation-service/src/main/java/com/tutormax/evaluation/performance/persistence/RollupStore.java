package com.tutormax.evaluation.performance.persistence;

import com.tutormax.evaluation.performance.domain.PopulationThresholds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * How far event time has come on each input topic, which days are closed, and the population
 * thresholds each daily rollup computed.
 */
@Repository
public class RollupStore {

  private final DatabaseClient db;

  public RollupStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> advance(String topic, Instant maxEventTime) {
    return db.sql(
            "INSERT INTO event_clock AS c (topic, max_event_time) VALUES (:topic, :at)"
                + " ON CONFLICT (topic) DO UPDATE SET max_event_time ="
                + " GREATEST(c.max_event_time, EXCLUDED.max_event_time)")
        .bind("topic", topic)
        .bind("at", maxEventTime)
        .then();
  }

  public Mono<Map<String, Instant>> clocks() {
    return db.sql("SELECT topic, max_event_time FROM event_clock")
        .map(
            row ->
                Map.entry(row.get("topic", String.class), row.get("max_event_time", Instant.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** The last closed day, if any day is closed. */
  public Mono<LocalDate> lastClosedDay() {
    return db.sql("SELECT max(day) AS last FROM closed_days")
        .map(row -> Optional.ofNullable(row.get("last", LocalDate.class)))
        .one()
        .flatMap(Mono::justOrEmpty);
  }

  /** Marks a day closed; false when another instance closed it first. */
  public Mono<Boolean> markClosed(LocalDate day, int tutors, Instant now) {
    return db.sql(
            "INSERT INTO closed_days (day, closed_at, tutors) VALUES (:day, :now, :tutors)"
                + " ON CONFLICT DO NOTHING")
        .bind("day", day)
        .bind("now", now)
        .bind("tutors", tutors)
        .fetch()
        .rowsUpdated()
        .map(inserted -> inserted > 0);
  }

  /** The thresholds of the latest rollup, or the documented defaults before the first. */
  public Mono<PopulationThresholds> latestThresholds() {
    return db.sql(
            "SELECT exemplary, strong, developing, needs_attention FROM population_thresholds"
                + " ORDER BY day DESC LIMIT 1")
        .map(
            row ->
                new PopulationThresholds(
                    row.get("exemplary", Double.class),
                    row.get("strong", Double.class),
                    row.get("developing", Double.class),
                    row.get("needs_attention", Double.class)))
        .one()
        .defaultIfEmpty(PopulationThresholds.DEFAULTS);
  }

  public Mono<Void> saveThresholds(LocalDate day, PopulationThresholds t, int population) {
    return db.sql(
            "INSERT INTO population_thresholds (day, exemplary, strong, developing,"
                + " needs_attention, population) VALUES (:day, :e, :s, :d, :n, :p)"
                + " ON CONFLICT (day) DO UPDATE SET exemplary = EXCLUDED.exemplary,"
                + " strong = EXCLUDED.strong, developing = EXCLUDED.developing,"
                + " needs_attention = EXCLUDED.needs_attention, population = EXCLUDED.population")
        .bind("day", day)
        .bind("e", t.exemplaryAbove())
        .bind("s", t.strongAbove())
        .bind("d", t.developingFrom())
        .bind("n", t.needsAttentionFrom())
        .bind("p", population)
        .then();
  }
}
