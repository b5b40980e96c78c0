package com.tutormax.common.features;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.TutorDayClosed;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one churn feature function, shared by churn-service (serving) and training-service (training
 * sets): a pure function of a tutor's profile, their closed days and an as-of date. Only days
 * strictly before the as-of date are used; days on or after it are ignored, so a vector never sees
 * its future. Calendar features come from the as-of date. See {@link ChurnFeature} for each feature
 * and docs/churn-features.md for the catalogue.
 */
public final class ChurnFeatures {

  /** A tutor is new below this tenure (PRD: new tutors have under 30 days). */
  public static final int NEW_TUTOR_DAYS = 30;

  /** The winter holiday season, both ends inclusive. */
  public static final MonthDay HOLIDAY_SEASON_START = MonthDay.of(12, 15);

  public static final MonthDay HOLIDAY_SEASON_END = MonthDay.of(1, 5);

  private ChurnFeatures() {}

  /** The feature names, in vector order (the columns of a training set). */
  public static List<String> names() {
    return ChurnFeature.names();
  }

  /**
   * The features of {@code profile}'s tutor as of {@code asOf}.
   *
   * @param closedDays the tutor's closed days, in any order; days on or after {@code asOf} are
   *     ignored
   * @throws IllegalArgumentException if a day belongs to another tutor or a date occurs twice
   */
  public static FeatureVector of(
      TutorProfile profile, Collection<TutorDayClosed> closedDays, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    NavigableMap<LocalDate, TutorDayClosed> past = new TreeMap<>();
    for (TutorDayClosed day : closedDays) {
      if (!profile.tutorId().equals(day.tutorId())) {
        throw new IllegalArgumentException(
            "a day of " + day.tutorId() + " in the history of " + profile.tutorId());
      }
      if (!day.day().isBefore(asOf)) {
        continue;
      }
      if (past.put(day.day(), day) != null) {
        throw new IllegalArgumentException("two closed days for " + day.day());
      }
    }
    return compute(profile, past, asOf);
  }

  private static FeatureVector compute(
      TutorProfile profile, NavigableMap<LocalDate, TutorDayClosed> past, LocalDate asOf) {
    Span d7 = span(past, asOf, 7);
    Span d14 = span(past, asOf, 14);
    Span d30 = span(past, asOf, 30);
    Span d90 = span(past, asOf, 90);
    Span all = new Span(past.values());
    Map<ChurnFeature, Double> f = new EnumMap<>(ChurnFeature.class);

    long tenure = Math.max(0, ChronoUnit.DAYS.between(profile.joinedOn(), asOf));
    f.put(ChurnFeature.TENURE_DAYS, (double) tenure);
    f.put(ChurnFeature.IS_NEW, tenure < NEW_TUTOR_DAYS ? 1.0 : 0.0);

    f.put(ChurnFeature.SESSIONS_7D, (double) d7.held);
    f.put(ChurnFeature.SESSIONS_30D, (double) d30.held);
    f.put(ChurnFeature.SESSIONS_90D, (double) d90.held);
    f.put(ChurnFeature.SESSIONS_TREND, paceTrend(d7, d30, d7.held, d30.held));
    f.put(ChurnFeature.SESSIONS_TREND_30D_90D, paceTrend(d30, d90, d30.held, d90.held));
    f.put(
        ChurnFeature.SESSIONS_7D_VS_BASELINE,
        profile.baselineSessionsPerWeek() > 0
            ? d7.held / (double) profile.baselineSessionsPerWeek()
            : Double.NaN);
    f.put(ChurnFeature.DAYS_SINCE_LAST_SESSION, daysSinceLastSession(past, asOf));

    double rating7 = ratio(d7.ratingsSum, d7.ratingsCount);
    double rating30 = ratio(d30.ratingsSum, d30.ratingsCount);
    f.put(ChurnFeature.RATING_AVG_7D, rating7);
    f.put(ChurnFeature.RATING_AVG_30D, rating30);
    f.put(ChurnFeature.RATING_TREND, rating7 - rating30);
    f.put(ChurnFeature.RATINGS_30D, (double) d30.ratingsCount);

    f.put(
        ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D,
        ratio(d90.firstSessionsSuccessful, d90.firstSessions));
    f.put(ChurnFeature.FIRST_SESSIONS_90D, (double) d90.firstSessions);
    f.put(ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D, (double) d30.firstSessionsPoorlyRated);
    f.put(
        ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D, (double) d30.firstSessionsNotRecommended);
    f.put(ChurnFeature.FIRST_SESSION_LATE_STARTS_30D, (double) d30.firstSessionLateStarts);

    f.put(ChurnFeature.LOGINS_7D, (double) d7.logins);
    f.put(ChurnFeature.LOGINS_30D, (double) d30.logins);
    f.put(ChurnFeature.LOGINS_TREND, paceTrend(d7, d30, d7.logins, d30.logins));

    double engagement7 = ratio(d7.engagementSum, d7.held);
    double engagement30 = ratio(d30.engagementSum, d30.held);
    f.put(ChurnFeature.ENGAGEMENT_7D, engagement7);
    f.put(ChurnFeature.ENGAGEMENT_30D, engagement30);
    f.put(ChurnFeature.ENGAGEMENT_TREND, engagement7 - engagement30);

    f.put(ChurnFeature.RESPONSE_MINUTES_P50_30D, nearestRank(d30.responseMinutes, 0.50));
    f.put(ChurnFeature.RESPONSE_MINUTES_P95_30D, nearestRank(d30.responseMinutes, 0.95));
    f.put(ChurnFeature.MESSAGE_RESPONSES_30D, (double) d30.messageResponses);

    f.put(ChurnFeature.RESCHEDULE_RATE_7D, ratio(d7.tutorReschedules, d7.scheduled));
    f.put(ChurnFeature.RESCHEDULE_RATE_30D, ratio(d30.tutorReschedules, d30.scheduled));
    f.put(ChurnFeature.TUTOR_RESCHEDULES_7D, (double) d7.tutorReschedules);
    f.put(ChurnFeature.SHORT_NOTICE_RESCHEDULES_7D, (double) d7.shortNoticeReschedules);

    f.put(ChurnFeature.NO_SHOWS_14D, (double) d14.noShows);
    f.put(ChurnFeature.NO_SHOWS_30D, (double) d30.noShows);
    f.put(ChurnFeature.NO_SHOW_RATE_30D, ratio(d30.noShows, d30.scheduled));
    f.put(ChurnFeature.LATE_STARTS_30D, (double) d30.lateStarts);
    f.put(ChurnFeature.LATE_START_RATE_30D, ratio(d30.lateStarts, d30.held));

    f.put(ChurnFeature.AVAILABILITY_HOURS_VS_4W_MEAN, availabilityVsFourWeekMean(past, asOf));
    f.put(ChurnFeature.AVAILABILITY_HOURS_DELTA_30D, d30.availabilityHoursDelta);
    f.put(ChurnFeature.AVAILABILITY_CHANGES_30D, (double) d30.availabilityChanges);

    f.put(ChurnFeature.TRAINING_COMPLETIONS_30D, (double) d30.trainingCompletions);
    f.put(ChurnFeature.TRAINING_COMPLETIONS_TOTAL, (double) all.trainingCompletions);
    f.put(ChurnFeature.OBJECTIVES_MET_RATE_30D, ratio(d30.objectivesMet, d30.held));
    f.put(ChurnFeature.TECHNICAL_ISSUE_RATE_30D, ratio(d30.technicalIssues, d30.held));

    f.put(ChurnFeature.SUBJECTS_TAUGHT_30D, (double) d30.subjects.size());
    f.put(ChurnFeature.SUBJECTS_TAUGHT_90D, (double) d90.subjects.size());
    f.put(ChurnFeature.TEACHES_STEM_90D, teaches(d90, SubjectFamily.STEM));
    f.put(ChurnFeature.TEACHES_LANGUAGE_WRITING_90D, teaches(d90, SubjectFamily.LANGUAGE_WRITING));
    f.put(ChurnFeature.TEACHES_TEST_PREP_90D, teaches(d90, SubjectFamily.TEST_PREP));

    f.put(ChurnFeature.DAY_OF_WEEK, (double) asOf.getDayOfWeek().getValue());
    f.put(ChurnFeature.MONTH, (double) asOf.getMonthValue());
    f.put(ChurnFeature.HOLIDAY_SEASON, isHolidaySeason(asOf) ? 1.0 : 0.0);

    ChurnFeature[] features = ChurnFeature.values();
    double[] values = new double[features.length];
    for (int i = 0; i < features.length; i++) {
      Double v = f.get(features[i]);
      if (v == null) {
        throw new IllegalStateException("feature " + features[i] + " not computed");
      }
      values[i] = v;
    }
    return FeatureVector.of(ChurnFeature.names(), values);
  }

  /** The winter holiday season: 15 December … 5 January, both inclusive. */
  public static boolean isHolidaySeason(LocalDate date) {
    MonthDay md = MonthDay.from(date);
    return !md.isBefore(HOLIDAY_SEASON_START) || !md.isAfter(HOLIDAY_SEASON_END);
  }

  /** The closed days of the {@code days}-day window ending the day before {@code asOf}. */
  private static Span span(NavigableMap<LocalDate, TutorDayClosed> past, LocalDate asOf, int days) {
    return new Span(past.subMap(asOf.minusDays(days), true, asOf, false).values());
  }

  /**
   * The per-observed-day pace of a count in a short window over its pace in a longer one, minus 1;
   * NaN if either window has no observed day or the longer one counted nothing.
   */
  private static double paceTrend(Span shorter, Span longer, int shortCount, int longCount) {
    if (shorter.observedDays == 0 || longer.observedDays == 0 || longCount == 0) {
      return Double.NaN;
    }
    double shortPace = shortCount / (double) shorter.observedDays;
    double longPace = longCount / (double) longer.observedDays;
    return shortPace / longPace - 1;
  }

  private static double daysSinceLastSession(
      NavigableMap<LocalDate, TutorDayClosed> past, LocalDate asOf) {
    for (TutorDayClosed day : past.descendingMap().values()) {
      if (day.sessionsCompleted() > 0) {
        return ChronoUnit.DAYS.between(day.day(), asOf);
      }
    }
    return Double.NaN;
  }

  /**
   * Availability level L(d) = the net availability change from the start of the 28-day window up to
   * and including day d (days without a closed day change nothing); the mean of L over the last 7
   * days minus its mean over all 28. Equal to the difference in mean available hours, whatever the
   * unknown absolute level.
   */
  private static double availabilityVsFourWeekMean(
      NavigableMap<LocalDate, TutorDayClosed> past, LocalDate asOf) {
    LocalDate start = asOf.minusDays(28);
    if (past.subMap(start, true, asOf, false).isEmpty()) {
      return Double.NaN;
    }
    double level = 0;
    double fourWeeks = 0;
    double lastWeek = 0;
    for (int i = 0; i < 28; i++) {
      LocalDate d = start.plusDays(i);
      TutorDayClosed day = past.get(d);
      if (day != null) {
        level += day.availabilityHoursDelta();
      }
      fourWeeks += level;
      if (i >= 21) {
        lastWeek += level;
      }
    }
    return lastWeek / 7 - fourWeeks / 28;
  }

  private static double teaches(Span span, SubjectFamily family) {
    return span.subjects.stream().anyMatch(family.subjects()::contains) ? 1.0 : 0.0;
  }

  /** The value at rank ⌈p·n⌉ of the sorted values (always an observed value); NaN if none. */
  static double nearestRank(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  /** The sums of a set of closed days. */
  private static final class Span {
    private int observedDays;
    private int scheduled;
    private int held;
    private int noShows;
    private int tutorReschedules;
    private int shortNoticeReschedules;
    private int lateStarts;
    private int firstSessions;
    private int firstSessionsSuccessful;
    private int firstSessionsPoorlyRated;
    private int firstSessionsNotRecommended;
    private int firstSessionLateStarts;
    private int ratingsCount;
    private int ratingsSum;
    private double engagementSum;
    private int objectivesMet;
    private int technicalIssues;
    private int logins;
    private int messageResponses;
    private final List<Double> responseMinutes = new ArrayList<>();
    private int availabilityChanges;
    private double availabilityHoursDelta;
    private int trainingCompletions;
    private final Set<String> subjects = new TreeSet<>();

    private Span(Collection<TutorDayClosed> days) {
      for (TutorDayClosed d : days) {
        observedDays++;
        scheduled += d.sessionsScheduled();
        held += d.sessionsCompleted();
        noShows += d.noShows();
        tutorReschedules += d.tutorReschedules();
        shortNoticeReschedules += d.shortNoticeReschedules();
        lateStarts += d.lateStarts();
        firstSessions += d.firstSessions();
        firstSessionsSuccessful += d.firstSessionsSuccessful();
        firstSessionsPoorlyRated += d.firstSessionsPoorlyRated();
        firstSessionsNotRecommended += d.firstSessionsNotRecommended();
        firstSessionLateStarts += d.firstSessionLateStarts();
        ratingsCount += d.ratingsCount();
        ratingsSum += d.ratingsSum();
        engagementSum += d.engagementSum();
        objectivesMet += d.objectivesMet();
        technicalIssues += d.technicalIssues();
        logins += d.logins();
        messageResponses += d.messageResponses();
        responseMinutes.addAll(d.responseMinutes());
        availabilityChanges += d.availabilityChanges();
        availabilityHoursDelta += d.availabilityHoursDelta();
        trainingCompletions += d.trainingCompletions();
        subjects.addAll(d.subjects());
      }
      responseMinutes.sort(null);
    }
  }
}
