package com.tutormax.api.home.persistence;

import com.tutormax.api.home.domain.CriticalAlert;
import com.tutormax.api.home.domain.HomeKpis;
import com.tutormax.api.home.domain.OpenTask;
import com.tutormax.api.home.domain.Share;
import com.tutormax.api.home.domain.TrendDay;
import com.tutormax.api.interventions.domain.InterventionStatus;
import com.tutormax.api.interventions.domain.SlaState;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ops home's figures, straight from the records and the read models (core/004, 011, 012). */
@Repository
public class HomeStore {

  static final String ACTIVE_TASK = "status IN " + InterventionStatus.ACTIVE_SQL;

  private static final String TASK_COLUMNS =
      "intervention_id, tutor_id, intervention_type, priority, status, assignee_id,"
          + " recommended_at, due_at";

  private final DatabaseClient db;

  public HomeStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<HomeKpis> kpis(Instant from, Instant to) {
    Instant monthStart =
        LocalDate.ofInstant(to, ZoneOffset.UTC)
            .withDayOfMonth(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    Mono<Map<String, Long>> tutors =
        db.sql(
                "SELECT count(*) AS total, count(*) FILTER (WHERE status = 'ACTIVE') AS active,"
                    + " (SELECT count(DISTINCT tutor_id) FROM tutor_lifecycle"
                    + "   WHERE change IN ('INACTIVE', 'RESIGNED') AND occurred_at >= :month"
                    + "   AND occurred_at < :to) AS left_this_month"
                    + " FROM tutors")
            .bind("month", monthStart)
            .bind("to", to)
            .map(
                row ->
                    Map.of(
                        "total", number(row, "total"),
                        "active", number(row, "active"),
                        "left", number(row, "left_this_month")))
            .one();
    Mono<long[]> sessions =
        db.sql(
                "SELECT count(*) AS scheduled,"
                    + " count(*) FILTER (WHERE no_show) AS no_shows,"
                    + " count(*) FILTER (WHERE tutor_rescheduled OR student_rescheduled) AS moved,"
                    + " count(*) FILTER (WHERE tutor_rescheduled) AS moved_by_tutor"
                    + " FROM sessions WHERE scheduled_start >= :from AND scheduled_start < :to")
            .bind("from", from)
            .bind("to", to)
            .map(
                row ->
                    new long[] {
                      number(row, "scheduled"),
                      number(row, "no_shows"),
                      number(row, "moved"),
                      number(row, "moved_by_tutor")
                    })
            .one();
    Mono<long[]> firstSessions =
        db.sql(
                "SELECT count(*) AS rated, count(*) FILTER (WHERE f.overall_rating >= 4) AS good"
                    + " FROM sessions s JOIN feedback f ON f.session_id = s.session_id"
                    + " WHERE s.session_number = 1 AND s.scheduled_start >= :from"
                    + " AND s.scheduled_start < :to")
            .bind("from", from)
            .bind("to", to)
            .map(row -> new long[] {number(row, "rated"), number(row, "good")})
            .one();
    Mono<Map<String, Long>> levels =
        db.sql(
                "SELECT p.risk_level, count(*) AS n FROM tutor_predictions p"
                    + " JOIN tutors t ON t.tutor_id = p.tutor_id WHERE t.status = 'ACTIVE'"
                    + " GROUP BY p.risk_level")
            .map(row -> Map.entry(row.get("risk_level", String.class), number(row, "n")))
            .all()
            .collectList()
            .map(HomeStore::byLevel);
    return Mono.zip(tutors, sessions, firstSessions, levels)
        .map(
            t -> {
              Map<String, Long> people = t.getT1();
              long[] s = t.getT2();
              long[] first = t.getT3();
              Map<String, Long> atRisk = t.getT4();
              long left = people.get("left");
              return new HomeKpis(
                  from,
                  to,
                  people.get("total"),
                  people.get("active"),
                  atRisk,
                  atRisk.get("HIGH") + atRisk.get("CRITICAL"),
                  Share.of(first[1], first[0]),
                  Share.of(s[1], s[0]),
                  Share.of(s[2], s[0]),
                  Share.of(s[3], s[2]),
                  Share.of(left, people.get("active") + left));
            });
  }

  /** The active critical tutors, highest score first, with their open recommended tasks. */
  public Mono<List<CriticalAlert>> criticalAlerts(int limit, Instant now) {
    return db.sql(
            "SELECT p.tutor_id, t.name, p.headline_score, p.risk_level, p.as_of,"
                + " p.top_factors -> 0 ->> 'description' AS top_factor"
                + " FROM tutor_predictions p JOIN tutors t ON t.tutor_id = p.tutor_id"
                + " WHERE p.risk_level = 'CRITICAL' AND t.status = 'ACTIVE'"
                + " ORDER BY p.headline_score DESC, p.tutor_id LIMIT :limit")
        .bind("limit", limit)
        .map(
            row ->
                new CriticalAlert(
                    row.get("tutor_id", String.class),
                    row.get("name", String.class),
                    row.get("headline_score", Double.class),
                    row.get("risk_level", String.class),
                    row.get("as_of", Instant.class),
                    row.get("top_factor", String.class),
                    List.of()))
        .all()
        .collectList()
        .flatMap(alerts -> withTasks(alerts, now));
  }

  private Mono<List<CriticalAlert>> withTasks(List<CriticalAlert> alerts, Instant now) {
    if (alerts.isEmpty()) {
      return Mono.just(alerts);
    }
    String[] ids = alerts.stream().map(CriticalAlert::tutorId).toArray(String[]::new);
    return db.sql(
            "SELECT "
                + TASK_COLUMNS
                + " FROM interventions WHERE tutor_id = ANY(:ids) AND NOT automated AND "
                + ACTIVE_TASK
                + " ORDER BY due_at NULLS LAST")
        .bind("ids", ids)
        .map(row -> task(row, now))
        .all()
        .collectList()
        .map(
            tasks -> {
              Map<String, List<OpenTask>> byTutor = new LinkedHashMap<>();
              tasks.forEach(
                  task ->
                      byTutor.computeIfAbsent(task.tutorId(), k -> new ArrayList<>()).add(task));
              return alerts.stream()
                  .map(
                      a ->
                          new CriticalAlert(
                              a.tutorId(),
                              a.tutorName(),
                              a.score(),
                              a.riskLevel(),
                              a.asOf(),
                              a.topFactor(),
                              List.copyOf(byTutor.getOrDefault(a.tutorId(), List.of()))))
                  .toList();
            });
  }

  /** The tasks assigned to {@code assignee} still being worked, soonest due first. */
  public Flux<OpenTask> queueOf(UUID assignee, int limit, Instant now) {
    return db.sql(
            "SELECT "
                + TASK_COLUMNS
                + " FROM interventions WHERE assignee_id = :me AND "
                + ACTIVE_TASK
                + " ORDER BY due_at NULLS LAST, recommended_at LIMIT :limit")
        .bind("me", assignee)
        .bind("limit", limit)
        .map(row -> task(row, now))
        .all();
  }

  /** Per day from {@code from}: the tutors scored, their mean score, how many high or critical. */
  public Mono<List<TrendDay>> trend(LocalDate from) {
    return db.sql(
            "SELECT day, count(*) AS tutors, avg(headline_score)::float8 AS mean_score,"
                + " count(*) FILTER (WHERE risk_level IN ('HIGH', 'CRITICAL')) AS at_risk,"
                + " count(*) FILTER (WHERE risk_level = 'CRITICAL') AS critical"
                + " FROM tutor_score_days WHERE day >= :from GROUP BY day ORDER BY day")
        .bind("from", from)
        .map(
            row ->
                new TrendDay(
                    row.get("day", LocalDate.class),
                    number(row, "tutors"),
                    row.get("mean_score", Double.class),
                    number(row, "at_risk"),
                    number(row, "critical")))
        .all()
        .collectList();
  }

  private static OpenTask task(Readable row, Instant now) {
    Instant recommended = row.get("recommended_at", Instant.class);
    Instant due = row.get("due_at", Instant.class);
    return new OpenTask(
        row.get("intervention_id", String.class),
        row.get("tutor_id", String.class),
        row.get("intervention_type", String.class),
        row.get("priority", String.class),
        row.get("status", String.class),
        row.get("assignee_id", UUID.class),
        SlaState.of(recommended, due, now));
  }

  private static Map<String, Long> byLevel(List<Map.Entry<String, Long>> counts) {
    Map<String, Long> levels = new LinkedHashMap<>();
    for (String level : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
      levels.put(level, 0L);
    }
    counts.forEach(e -> levels.merge(e.getKey(), e.getValue(), Long::sum));
    return levels;
  }

  private static long number(Readable row, String column) {
    Number n = row.get(column, Number.class);
    return n == null ? 0 : n.longValue();
  }
}
