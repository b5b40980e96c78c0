package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.domain.Window;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes a tutor's {@link WindowMetrics} for the window of {@code window.days()} UTC days ending
 * with {@code asOf}, from the tutor's day aggregates and rated sessions (anything outside the
 * window is ignored, so callers may pass a longer history).
 *
 * <ul>
 *   <li>Rating average: the mean of the last {@value #RATINGS_IN_AVERAGE} ratings submitted in the
 *       window, in {@link RatedSession#CHRONOLOGICAL} order.
 *   <li>First-session success: rated first sessions rated 4+ / rated first sessions.
 *   <li>Reschedule rate: tutor reschedules / scheduled sessions. No-show rate: no-shows /
 *       scheduled.
 *   <li>Objectives met, technical issues, on time: per held session.
 *   <li>Engagement: {@link EngagementScore}; session engagement is the mean held-session engagement
 *       × 100.
 *   <li>Satisfaction by subject family / session type: mean of all ratings in the window whose
 *       session is known to be of that family / type.
 *   <li>Response time: mean and nearest-rank p95 ({@link Percentiles}) of the window's message
 *       response minutes.
 *   <li>Logins and availability changes per week: per 7 observed days (days with an aggregate), so
 *       a tutor who joined mid-window is not diluted by days before joining.
 * </ul>
 */
public final class MetricsCalculator {

  /** PRD: the rating average is over the last 30 rated sessions. */
  public static final int RATINGS_IN_AVERAGE = 30;

  private MetricsCalculator() {}

  /** Every window of the PRD (7, 30, 90 days) as of the same day. */
  public static Map<Window, WindowMetrics> computeAll(
      LocalDate asOf, Collection<DayAggregate> days, Collection<RatedSession> ratings) {
    Map<Window, WindowMetrics> all = new EnumMap<>(Window.class);
    for (Window window : Window.values()) {
      all.put(window, compute(asOf, window, days, ratings));
    }
    return Collections.unmodifiableMap(all);
  }

  public static WindowMetrics compute(
      LocalDate asOf,
      Window window,
      Collection<DayAggregate> days,
      Collection<RatedSession> ratings) {
    DayRange range = DayRange.ending(asOf, window);
    Totals t = new Totals();
    Set<LocalDate> seen = new HashSet<>();
    for (DayAggregate day : days) {
      if (range.contains(day.day())) {
        if (!seen.add(day.day())) {
          throw new IllegalArgumentException("two aggregates for " + day.day());
        }
        t.add(day);
      }
    }
    List<RatedSession> rated = new ArrayList<>();
    for (RatedSession rating : ratings) {
      if (range.contains(rating.day())) {
        rated.add(rating);
      }
    }
    rated.sort(RatedSession.CHRONOLOGICAL);
    List<RatedSession> lastRatings =
        rated.subList(Math.max(0, rated.size() - RATINGS_IN_AVERAGE), rated.size());

    Double meanEngagement = ratio(t.engagementSum, t.completed);
    Double meanResponse = ratio(t.responseMinutesSum, t.messageResponses);
    Double loginsPerWeek = perWeek(t.logins, t.days);
    t.responseMinutes.sort(null);
    return new WindowMetrics(
        window,
        asOf,
        t.days,
        t.scheduled,
        t.completed,
        lastRatings.size(),
        meanRating(lastRatings),
        t.firstSessions,
        percent(t.firstSessionsSuccessful, t.firstSessions),
        percent(t.tutorReschedules, t.scheduled),
        percent(t.noShows, t.scheduled),
        t.days == 0 ? null : EngagementScore.of(loginsPerWeek, meanEngagement, meanResponse),
        loginsPerWeek,
        meanEngagement == null ? null : 100 * meanEngagement,
        percent(t.objectivesMet, t.completed),
        meanRatingBy(rated, RatedSession::subjectFamily, SubjectFamily.class),
        meanRatingBy(rated, RatedSession::sessionType, SessionType.class),
        t.messageResponses,
        meanResponse,
        t.responseMinutes.isEmpty() ? null : Percentiles.nearestRank(t.responseMinutes, 95),
        t.trainingCompletions,
        perWeek(t.availabilityChanges, t.days),
        percent(t.technicalIssues, t.completed),
        percent(t.onTimeSessions, t.completed));
  }

  private static Double percent(int part, int whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }

  private static Double ratio(double sum, int count) {
    return count == 0 ? null : sum / count;
  }

  private static Double perWeek(int count, int observedDays) {
    return observedDays == 0 ? null : 7.0 * count / observedDays;
  }

  private static Double meanRating(List<RatedSession> ratings) {
    if (ratings.isEmpty()) {
      return null;
    }
    int sum = 0;
    for (RatedSession rating : ratings) {
      sum += rating.rating();
    }
    return sum / (double) ratings.size();
  }

  private static <K extends Enum<K>> Map<K, Double> meanRatingBy(
      List<RatedSession> ratings, Function<RatedSession, K> key, Class<K> type) {
    Map<K, int[]> sumAndCount = new EnumMap<>(type);
    for (RatedSession rating : ratings) {
      K k = key.apply(rating);
      if (k != null) {
        int[] acc = sumAndCount.computeIfAbsent(k, x -> new int[2]);
        acc[0] += rating.rating();
        acc[1]++;
      }
    }
    Map<K, Double> means = new EnumMap<>(type);
    sumAndCount.forEach((k, acc) -> means.put(k, acc[0] / (double) acc[1]));
    return means;
  }

  /** The window's day aggregates added up. */
  private static final class Totals {
    int days;
    int scheduled;
    int completed;
    int noShows;
    int tutorReschedules;
    int onTimeSessions;
    int firstSessions;
    int firstSessionsSuccessful;
    double engagementSum;
    int objectivesMet;
    int technicalIssues;
    int logins;
    int messageResponses;
    double responseMinutesSum;
    final List<Double> responseMinutes = new ArrayList<>();
    int availabilityChanges;
    int trainingCompletions;

    void add(DayAggregate d) {
      days++;
      scheduled += d.sessionsScheduled();
      completed += d.sessionsCompleted();
      noShows += d.noShows();
      tutorReschedules += d.tutorReschedules();
      onTimeSessions += d.onTimeSessions();
      firstSessions += d.firstSessions();
      firstSessionsSuccessful += d.firstSessionsSuccessful();
      engagementSum = ExactSum.add(engagementSum, d.engagementSum());
      objectivesMet += d.objectivesMet();
      technicalIssues += d.technicalIssues();
      logins += d.logins();
      messageResponses += d.messageResponses();
      responseMinutesSum = ExactSum.add(responseMinutesSum, d.responseMinutesSum());
      responseMinutes.addAll(d.responseMinutes());
      availabilityChanges += d.availabilityChanges();
      trainingCompletions += d.trainingCompletions();
    }
  }
}
