package com.tutormax.evaluation.performance.persistence;

import com.tutormax.evaluation.performance.domain.DayAggregate;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * evaluation.tutor_days: one row per tutor and UTC day. A batch's increments are added in one
 * statement (rows sorted by key, so concurrent batches of other topics lock in the same order and
 * cannot deadlock); each counter is added, never overwritten, so topics may arrive in any order.
 */
@Repository
public class TutorDayStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The counters, as column and SQL type, with how to read each from an aggregate. */
  private static final Map<String, Counter> COUNTERS = counters();

  private record Counter(String type, Function<DayAggregate, Object> value) {}

  private static Map<String, Counter> counters() {
    Map<String, Counter> c = new LinkedHashMap<>();
    c.put("sessions_scheduled", new Counter("int", DayAggregate::sessionsScheduled));
    c.put("sessions_completed", new Counter("int", DayAggregate::sessionsCompleted));
    c.put("no_shows", new Counter("int", DayAggregate::noShows));
    c.put("tutor_reschedules", new Counter("int", DayAggregate::tutorReschedules));
    c.put("short_notice_reschedules", new Counter("int", DayAggregate::shortNoticeReschedules));
    c.put("late_starts", new Counter("int", DayAggregate::lateStarts));
    c.put("on_time_sessions", new Counter("int", DayAggregate::onTimeSessions));
    c.put("first_sessions", new Counter("int", DayAggregate::firstSessions));
    c.put("first_sessions_successful", new Counter("int", DayAggregate::firstSessionsSuccessful));
    c.put("ratings_count", new Counter("int", DayAggregate::ratingsCount));
    c.put("ratings_sum", new Counter("int", DayAggregate::ratingsSum));
    c.put("engagement_sum", new Counter("float8", DayAggregate::engagementSum));
    c.put("objectives_met", new Counter("int", DayAggregate::objectivesMet));
    c.put("technical_issues", new Counter("int", DayAggregate::technicalIssues));
    c.put("logins", new Counter("int", DayAggregate::logins));
    c.put("message_responses", new Counter("int", DayAggregate::messageResponses));
    c.put("response_minutes_sum", new Counter("float8", DayAggregate::responseMinutesSum));
    c.put("availability_changes", new Counter("int", DayAggregate::availabilityChanges));
    c.put("availability_hours_delta", new Counter("float8", DayAggregate::availabilityHoursDelta));
    c.put("training_completions", new Counter("int", DayAggregate::trainingCompletions));
    c.put(
        "first_sessions_poorly_rated", new Counter("int", DayAggregate::firstSessionsPoorlyRated));
    c.put(
        "first_sessions_not_recommended",
        new Counter("int", DayAggregate::firstSessionsNotRecommended));
    c.put("first_session_late_starts", new Counter("int", DayAggregate::firstSessionLateStarts));
    return c;
  }

  private static final String ADD = addStatement();

  private static String addStatement() {
    List<String> names = new ArrayList<>(COUNTERS.keySet());
    StringBuilder recordType = new StringBuilder("tutor_id text, day date");
    StringBuilder updates = new StringBuilder();
    COUNTERS.forEach(
        (column, counter) -> {
          recordType.append(", ").append(column).append(' ').append(counter.type());
          updates.append(column).append(" = d.").append(column).append(" + EXCLUDED.");
          updates.append(column).append(", ");
        });
    recordType.append(", response_minutes jsonb, subjects jsonb");
    return "INSERT INTO tutor_days AS d (tutor_id, day, "
        + String.join(", ", names)
        + ", response_minutes, subjects) SELECT r.tutor_id, r.day, r."
        + String.join(", r.", names)
        + ", ARRAY(SELECT jsonb_array_elements_text(r.response_minutes)::float8)"
        + ", ARRAY(SELECT jsonb_array_elements_text(r.subjects))"
        + " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r("
        + recordType
        + ") ORDER BY r.tutor_id, r.day ON CONFLICT (tutor_id, day) DO UPDATE SET "
        + updates
        + "response_minutes = d.response_minutes || EXCLUDED.response_minutes, "
        + "subjects = ARRAY(SELECT DISTINCT s FROM unnest(d.subjects || EXCLUDED.subjects) AS s"
        + " ORDER BY s)";
  }

  private final DatabaseClient db;

  public TutorDayStore(DatabaseClient db) {
    this.db = db;
  }

  /** Adds each increment to its tutor-day (creating the row on first sight). */
  public Mono<Void> add(Collection<DayAggregate> increments) {
    if (increments.isEmpty()) {
      return Mono.empty();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    increments.stream()
        .sorted(Comparator.comparing(DayAggregate::tutorId).thenComparing(DayAggregate::day))
        .forEach(
            a -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("tutor_id", a.tutorId());
              row.put("day", a.day().toString());
              COUNTERS.forEach((column, counter) -> row.put(column, counter.value().apply(a)));
              row.put("response_minutes", a.responseMinutes());
              row.put("subjects", a.subjects());
              rows.add(row);
            });
    return db.sql(ADD).bind("rows", JSON.writeValueAsString(rows)).then();
  }

  /** One tutor's days from {@code from} to {@code to}, inclusive. */
  public Flux<DayAggregate> tutorDays(String tutorId, LocalDate from, LocalDate to) {
    return db.sql(
            "SELECT * FROM tutor_days WHERE tutor_id = :tutor AND day BETWEEN :from AND :to"
                + " ORDER BY day")
        .bind("tutor", tutorId)
        .bind("from", from)
        .bind("to", to)
        .map(TutorDayStore::aggregate)
        .all();
  }

  /** Every tutor's days from {@code from} to {@code to}, inclusive (the daily rollup). */
  public Flux<DayAggregate> allDays(LocalDate from, LocalDate to) {
    return db.sql("SELECT * FROM tutor_days WHERE day BETWEEN :from AND :to")
        .bind("from", from)
        .bind("to", to)
        .map(TutorDayStore::aggregate)
        .all();
  }

  /** The first day anything was counted, if anything was. */
  public Mono<LocalDate> firstDay() {
    return db.sql("SELECT min(day) AS first FROM tutor_days")
        .map(row -> Optional.ofNullable(row.get("first", LocalDate.class)))
        .one()
        .flatMap(Mono::justOrEmpty);
  }

  static DayAggregate aggregate(Readable row) {
    Double[] minutes = row.get("response_minutes", Double[].class);
    String[] subjects = row.get("subjects", String[].class);
    return new DayAggregate(
        row.get("tutor_id", String.class),
        row.get("day", LocalDate.class),
        integer(row, "sessions_scheduled"),
        integer(row, "sessions_completed"),
        integer(row, "no_shows"),
        integer(row, "tutor_reschedules"),
        integer(row, "short_notice_reschedules"),
        integer(row, "late_starts"),
        integer(row, "on_time_sessions"),
        integer(row, "first_sessions"),
        integer(row, "first_sessions_successful"),
        integer(row, "ratings_count"),
        integer(row, "ratings_sum"),
        number(row, "engagement_sum"),
        integer(row, "objectives_met"),
        integer(row, "technical_issues"),
        integer(row, "logins"),
        integer(row, "message_responses"),
        number(row, "response_minutes_sum"),
        minutes == null ? List.of() : List.of(minutes),
        integer(row, "availability_changes"),
        number(row, "availability_hours_delta"),
        integer(row, "training_completions"),
        subjects == null ? List.of() : List.of(subjects),
        integer(row, "first_sessions_poorly_rated"),
        integer(row, "first_sessions_not_recommended"),
        integer(row, "first_session_late_starts"));
  }

  private static int integer(Readable row, String column) {
    Integer value = row.get(column, Integer.class);
    return value == null ? 0 : value;
  }

  private static double number(Readable row, String column) {
    Double value = row.get(column, Double.class);
    return value == null ? 0 : value;
  }
}
