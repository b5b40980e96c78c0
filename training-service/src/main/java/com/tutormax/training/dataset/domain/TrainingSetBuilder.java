package com.tutormax.training.dataset.domain;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.training.evaluation.domain.Labels;
import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds churn training rows from tutor histories, with the one feature function churn-service
 * serves with ({@link ChurnFeatures#of}), so a model learns from exactly what it is served. A row's
 * features use only closed days strictly before its as-of day; its labels come from {@link Labels}
 * (right-censored), and depend on the future only through the tutor's {@link Departure}.
 *
 * <p>As-of days of a tutor: minHistoryDays after the later of joining and their first closed day (a
 * tutor who joined years before the history begins has nothing to learn from until then), then
 * every stepDays, up to and including the earlier of observedThrough + 1 (the first day whose
 * features are complete) and the day the tutor's churn became known (after it nobody scores them).
 * A tutor without closed days has no rows.
 */
public final class TrainingSetBuilder {

  /** The prediction windows, in days: those churn-service serves. */
  public static final List<Integer> WINDOWS = List.of(1, 7, 30, 90);

  private static final Comparator<TrainingRow> ORDER =
      Comparator.comparing(TrainingRow::asOfDay).thenComparing(TrainingRow::tutorId);

  private TrainingSetBuilder() {}

  /**
   * The rows of every tutor, sorted by as-of day then tutor id (one history per tutor).
   *
   * @param observedThrough the last closed day known (of any tutor)
   * @param minHistoryDays days after joining before a tutor's first row (at least 0)
   * @param stepDays days between a tutor's rows (at least 1)
   */
  public static List<TrainingRow> rows(
      List<TutorHistory> tutors, LocalDate observedThrough, int minHistoryDays, int stepDays) {
    Objects.requireNonNull(observedThrough, "observedThrough");
    if (minHistoryDays < 0) {
      throw new IllegalArgumentException("minHistoryDays must not be negative: " + minHistoryDays);
    }
    if (stepDays < 1) {
      throw new IllegalArgumentException("stepDays must be at least 1: " + stepDays);
    }
    Set<String> seen = new HashSet<>();
    List<TrainingRow> rows = new ArrayList<>();
    for (TutorHistory tutor : tutors) {
      if (!seen.add(tutor.tutorId())) {
        throw new IllegalArgumentException("two histories for " + tutor.tutorId());
      }
      LocalDate last = observedThrough.plusDays(1);
      Departure departure = tutor.departure();
      if (departure != null && departure.knownOn().isBefore(last)) {
        last = departure.knownOn();
      }
      LocalDate firstDay =
          tutor.closedDays().stream()
              .map(TutorDayClosed::day)
              .min(LocalDate::compareTo)
              .orElse(null);
      if (firstDay == null) {
        continue;
      }
      LocalDate joined = tutor.profile().joinedOn();
      LocalDate asOf = (firstDay.isAfter(joined) ? firstDay : joined).plusDays(minHistoryDays);
      for (; !asOf.isAfter(last); asOf = asOf.plusDays(stepDays)) {
        rows.add(row(tutor, asOf, observedThrough));
      }
    }
    rows.sort(ORDER);
    return List.copyOf(rows);
  }

  /** The rows with a known outcome (positive or negative) for a window of {@code windowDays}. */
  public static List<TrainingRow> forWindow(List<TrainingRow> rows, int windowDays) {
    List<TrainingRow> known = new ArrayList<>();
    for (TrainingRow row : rows) {
      Label label = row.label(windowDays);
      if (label == Label.POSITIVE || label == Label.NEGATIVE) {
        known.add(row);
      }
    }
    return List.copyOf(known);
  }

  private static TrainingRow row(TutorHistory tutor, LocalDate asOf, LocalDate observedThrough) {
    Departure departure = tutor.departure();
    LocalDate leftOn = departure == null ? null : departure.leftOn();
    LocalDate knownOn = departure == null ? null : departure.knownOn();
    Map<Integer, Label> labels = new LinkedHashMap<>();
    for (int window : WINDOWS) {
      labels.put(
          window,
          Labels.of(
              asOf,
              leftOn,
              knownOn,
              observedThrough,
              window,
              Departure.LONGEST_DETECTION_DELAY_DAYS));
    }
    return new TrainingRow(
        tutor.tutorId(),
        asOf,
        ChurnFeatures.of(tutor.profile(), tutor.closedDays(), asOf),
        labels,
        leftOn != null && leftOn.isBefore(asOf));
  }
}
