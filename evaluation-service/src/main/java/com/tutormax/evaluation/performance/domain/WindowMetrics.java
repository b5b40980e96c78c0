package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.domain.Window;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A tutor's metrics over one window ending with {@code asOf} (see {@link MetricsCalculator} for
 * each definition). Rates and percentages are 0–100, ratings 1–5, response times minutes. A value
 * is null when there is nothing to measure (no sessions: no rates, not 0); counts are the samples
 * behind them.
 */
public record WindowMetrics(
    Window window,
    LocalDate asOf,
    int daysObserved,
    int sessionsScheduled,
    int sessionsHeld,
    int ratingsUsed,
    Double ratingAverage,
    int firstSessionsRated,
    Double firstSessionSuccessRate,
    Double rescheduleRate,
    Double noShowRate,
    Double engagementScore,
    Double loginsPerWeek,
    Double sessionEngagement,
    Double objectivesMetRate,
    Map<SubjectFamily, Double> satisfactionBySubjectFamily,
    Map<SessionType, Double> satisfactionBySessionType,
    int messageResponses,
    Double responseMinutesMean,
    Double responseMinutesP95,
    int trainingCompletions,
    Double availabilityChangesPerWeek,
    Double technicalIssueRate,
    Double onTimeRate) {

  public WindowMetrics {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    satisfactionBySubjectFamily = enumMap(SubjectFamily.class, satisfactionBySubjectFamily);
    satisfactionBySessionType = enumMap(SessionType.class, satisfactionBySessionType);
  }

  /**
   * The metrics under stable snake_case keys, for {@code PerformanceEvaluated.metricsByWindow};
   * absent values are left out. Satisfaction keys are {@code satisfaction_} plus the lower-cased
   * family or session type, e.g. {@code satisfaction_stem}, {@code satisfaction_one_on_one}.
   */
  public Map<String, Double> toMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    put(map, "days_observed", (double) daysObserved);
    put(map, "sessions_scheduled", (double) sessionsScheduled);
    put(map, "sessions_held", (double) sessionsHeld);
    put(map, "ratings_used", (double) ratingsUsed);
    put(map, "rating_average", ratingAverage);
    put(map, "first_sessions_rated", (double) firstSessionsRated);
    put(map, "first_session_success_rate", firstSessionSuccessRate);
    put(map, "reschedule_rate", rescheduleRate);
    put(map, "no_show_rate", noShowRate);
    put(map, "engagement_score", engagementScore);
    put(map, "logins_per_week", loginsPerWeek);
    put(map, "session_engagement", sessionEngagement);
    put(map, "objectives_met_rate", objectivesMetRate);
    satisfactionBySubjectFamily.forEach(
        (family, value) -> put(map, satisfactionKey(family), value));
    satisfactionBySessionType.forEach((type, value) -> put(map, satisfactionKey(type), value));
    put(map, "message_responses", (double) messageResponses);
    put(map, "response_minutes_mean", responseMinutesMean);
    put(map, "response_minutes_p95", responseMinutesP95);
    put(map, "training_completions", (double) trainingCompletions);
    put(map, "availability_changes_per_week", availabilityChangesPerWeek);
    put(map, "technical_issue_rate", technicalIssueRate);
    put(map, "on_time_rate", onTimeRate);
    return Collections.unmodifiableMap(map);
  }

  /** The window's key in {@code metricsByWindow}: "7d", "30d", "90d". */
  public static String key(Window window) {
    return window.days() + "d";
  }

  private static String satisfactionKey(Enum<?> value) {
    return "satisfaction_" + value.name().toLowerCase(Locale.ROOT);
  }

  private static void put(Map<String, Double> map, String key, Double value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static <K extends Enum<K>> Map<K, Double> enumMap(Class<K> type, Map<K, Double> values) {
    Map<K, Double> copy = new EnumMap<>(type);
    if (values != null) {
      copy.putAll(values);
    }
    return Collections.unmodifiableMap(copy);
  }
}
