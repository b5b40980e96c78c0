package com.tutormax.common.features;

import com.tutormax.common.domain.Coppa;
import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.TutorDayClosed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The features of the first-session model, all known before the session starts: the tutor's tenure
 * and history from their closed days strictly before the session's UTC day (the shared {@link
 * ChurnFeatures}, so the numbers are those churn serves), the hour the session was scheduled for
 * (UTC, on the 24-hour circle: 23:00 is next to 00:00), its subject family (one-hot; an unknown
 * subject is all zeros) and the student's age. NaN is missing (no rating in 30 days, an
 * unregistered student); the model replaces it with the training mean.
 */
public final class FirstSessionFeatures {

  /** What is taken from {@link ChurnFeatures} as of the session's day, under the same names. */
  static final List<ChurnFeature> FROM_HISTORY =
      List.of(
          ChurnFeature.TENURE_DAYS,
          ChurnFeature.IS_NEW,
          ChurnFeature.SESSIONS_30D,
          ChurnFeature.RATING_AVG_30D,
          ChurnFeature.RATING_TREND,
          ChurnFeature.RATINGS_30D,
          ChurnFeature.ENGAGEMENT_30D,
          ChurnFeature.ENGAGEMENT_TREND,
          ChurnFeature.LATE_START_RATE_30D,
          ChurnFeature.FIRST_SESSION_SUCCESS_RATE_90D,
          ChurnFeature.FIRST_SESSIONS_90D,
          ChurnFeature.FIRST_SESSIONS_POORLY_RATED_30D,
          ChurnFeature.FIRST_SESSIONS_NOT_RECOMMENDED_30D,
          ChurnFeature.FIRST_SESSION_LATE_STARTS_30D);

  public static final String HOUR_SIN = "hour_sin";
  public static final String HOUR_COS = "hour_cos";
  public static final String SUBJECT_STEM = "subject_stem";
  public static final String SUBJECT_LANGUAGE_WRITING = "subject_language_writing";
  public static final String SUBJECT_TEST_PREP = "subject_test_prep";
  public static final String STUDENT_AGE = "student_age";
  public static final String STUDENT_UNDER_13 = "student_under_13";

  /** The feature names, in row order. */
  public static final List<String> NAMES = names();

  private FirstSessionFeatures() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    FROM_HISTORY.forEach(f -> names.add(f.featureName()));
    names.addAll(
        List.of(
            HOUR_SIN,
            HOUR_COS,
            SUBJECT_STEM,
            SUBJECT_LANGUAGE_WRITING,
            SUBJECT_TEST_PREP,
            STUDENT_AGE,
            STUDENT_UNDER_13));
    return List.copyOf(names);
  }

  /**
   * The features of a first session scheduled for {@code scheduledStart} in {@code subject}.
   *
   * @param closedDays the tutor's closed days, any order; days on or after the session's UTC day
   *     are ignored
   * @param studentAge the student's age, or null if unknown
   */
  public static double[] of(
      TutorProfile profile,
      Collection<TutorDayClosed> closedDays,
      Instant scheduledStart,
      String subject,
      Integer studentAge) {
    LocalDate day = scheduledStart.atZone(ZoneOffset.UTC).toLocalDate();
    return of(ChurnFeatures.of(profile, closedDays, day), scheduledStart, subject, studentAge);
  }

  /** The features from the tutor's history as of the session's day (computed once a day). */
  public static double[] of(
      FeatureVector history, Instant scheduledStart, String subject, Integer studentAge) {
    double[] values = new double[NAMES.size()];
    int i = 0;
    for (ChurnFeature f : FROM_HISTORY) {
      values[i++] = history.get(f);
    }
    ZonedDateTime start = scheduledStart.atZone(ZoneOffset.UTC);
    double hour = start.getHour() + start.getMinute() / 60.0;
    double angle = 2 * Math.PI * hour / 24;
    values[i++] = clean(Math.sin(angle));
    values[i++] = clean(Math.cos(angle));
    Optional<SubjectFamily> family =
        subject == null ? Optional.empty() : SubjectFamily.ofSubject(subject);
    values[i++] = family.filter(SubjectFamily.STEM::equals).isPresent() ? 1 : 0;
    values[i++] = family.filter(SubjectFamily.LANGUAGE_WRITING::equals).isPresent() ? 1 : 0;
    values[i++] = family.filter(SubjectFamily.TEST_PREP::equals).isPresent() ? 1 : 0;
    values[i++] = studentAge == null ? Double.NaN : studentAge;
    values[i++] = studentAge == null ? Double.NaN : studentAge < Coppa.CONSENT_AGE ? 1 : 0;
    return values;
  }

  /** Rounds away floating noise (sin π is 1.2e-16, not 0) so hand-checked values are exact. */
  private static double clean(double v) {
    return Math.abs(v) < 1e-12 ? 0 : v;
  }
}
