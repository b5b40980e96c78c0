package com.tutormax.api.profiles.persistence;

import com.tutormax.api.profiles.domain.Tenure;
import com.tutormax.api.profiles.domain.TutorListQuery;
import com.tutormax.api.profiles.domain.TutorSummary;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The staff tutor list: one statement over core.tutors and the read models (plus its count), so a
 * page costs the same with 300 tutors or 3,000. Tenure bounds become joined_at bounds (indexed).
 */
@Repository
public class TutorListStore {

  private static final String FROM =
      " FROM tutors t LEFT JOIN tutor_performance f ON f.tutor_id = t.tutor_id"
          + " LEFT JOIN tutor_predictions p ON p.tutor_id = t.tutor_id";

  private static final String COLUMNS =
      "SELECT t.tutor_id, t.name, t.email, t.subjects, t.subject_family, t.status, t.joined_at,"
          + " f.tier, f.score AS performance_score, p.headline_score, p.rule_score,"
          + " p.risk_level, p.as_of AS predicted_at";

  private final DatabaseClient db;

  public TutorListStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Page<TutorSummary>> page(TutorListQuery query, PageRequest page, LocalDate today) {
    Filter filter = filter(query, today);
    String order = order(query) + ", t.tutor_id";
    Mono<List<TutorSummary>> items =
        filter
            .bind(
                db.sql(
                    COLUMNS
                        + FROM
                        + filter.where()
                        + " ORDER BY "
                        + order
                        + " LIMIT :limit OFFSET :offset"))
            .bind("limit", page.size())
            .bind("offset", page.offset())
            .map(row -> summary(row, today))
            .all()
            .collectList();
    Mono<Long> total =
        filter
            .bind(db.sql("SELECT count(*) AS n" + FROM + filter.where()))
            .map(row -> row.get("n", Long.class))
            .one();
    return Mono.zip(items, total).map(t -> Page.of(t.getT1(), page, t.getT2()));
  }

  private static Filter filter(TutorListQuery q, LocalDate today) {
    Filter f = new Filter();
    if (q.search() != null) {
      f.add(
          "(t.tutor_id ILIKE :search OR t.name ILIKE :search OR t.email ILIKE :search)",
          "search",
          "%" + likeEscaped(q.search()) + "%");
    }
    if (q.risk() != null && !q.risk().isEmpty()) {
      f.add(
          "p.risk_level = ANY(:risk)",
          "risk",
          q.risk().stream().map(Enum::name).toArray(String[]::new));
    }
    if (q.tiers() != null && !q.tiers().isEmpty()) {
      f.add(
          "f.tier = ANY(:tiers)",
          "tiers",
          q.tiers().stream().map(Enum::name).toArray(String[]::new));
    }
    if (q.subject() != null) {
      f.add(":subject = ANY(t.subjects)", "subject", q.subject());
    }
    if (q.status() != null) {
      f.add("t.status = :status", "status", q.status());
    }
    // Tenure ≥ n days: joined on or before today − n (before the next midnight).
    if (q.minTenureDays() != null) {
      f.add(
          "t.joined_at < :joined_before",
          "joined_before",
          midnight(today.minusDays(q.minTenureDays() - 1L)));
    }
    // Tenure ≤ n days: joined on or after today − n.
    if (q.maxTenureDays() != null) {
      f.add(
          "t.joined_at >= :joined_from",
          "joined_from",
          midnight(today.minusDays(q.maxTenureDays())));
    }
    return f;
  }

  /** The ORDER BY of the sort; tutors without the value come last either way. */
  private static String order(TutorListQuery q) {
    String dir = q.descending() ? " DESC" : " ASC";
    return switch (q.sort()) {
      case SCORE -> "p.headline_score" + dir + " NULLS LAST";
      case NAME -> "lower(t.name)" + dir;
      // A longer tenure is an earlier join.
      case TENURE -> "t.joined_at" + (q.descending() ? " ASC" : " DESC");
      case TIER ->
          "f.tier_rank"
              + dir
              + " NULLS LAST, f.score"
              + (q.descending() ? " ASC" : " DESC")
              + " NULLS LAST";
      case RISK -> "p.risk_rank" + dir + " NULLS LAST, p.headline_score" + dir + " NULLS LAST";
    };
  }

  private static Instant midnight(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** {@code text} matched literally by ILIKE (its wildcards and escape character escaped). */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static TutorSummary summary(Readable row, LocalDate today) {
    String[] subjects = row.get("subjects", String[].class);
    Instant joinedAt = row.get("joined_at", Instant.class);
    return new TutorSummary(
        row.get("tutor_id", String.class),
        row.get("name", String.class),
        row.get("email", String.class),
        subjects == null ? List.of() : List.of(subjects),
        row.get("subject_family", String.class),
        row.get("status", String.class),
        joinedAt,
        Tenure.days(joinedAt, today),
        row.get("tier", String.class),
        row.get("performance_score", Double.class),
        row.get("headline_score", Double.class),
        row.get("rule_score", Double.class),
        row.get("risk_level", String.class),
        row.get("predicted_at", Instant.class));
  }

  /** The WHERE clause and its bound values. */
  private static final class Filter {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    void add(String clause, String param, Object value) {
      clauses.add(clause);
      values.put(param, value);
    }

    String where() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    GenericExecuteSpec bind(GenericExecuteSpec spec) {
      GenericExecuteSpec bound = spec;
      for (Map.Entry<String, Object> value : values.entrySet()) {
        bound = bound.bind(value.getKey(), value.getValue());
      }
      return bound;
    }
  }
}
