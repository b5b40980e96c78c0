package com.tutormax.common.features;

import com.tutormax.common.events.TutorDayClosed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds hand-made closed days for the feature tests: everything zero unless set. */
final class HistoryDay {

  static final String TUTOR = "T-1";

  /** A Tuesday in March, outside the holiday season. */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

  private final LocalDate day;
  private String tutorId = TUTOR;
  private int scheduled;
  private int held;
  private int noShows;
  private int tutorReschedules;
  private int shortNotice;
  private int lateStarts;
  private int firstSessions;
  private int firstSuccessful;
  private int ratingsCount;
  private int ratingsSum;
  private double engagementSum;
  private int objectivesMet;
  private int technicalIssues;
  private int logins;
  private final List<Double> responses = new ArrayList<>();
  private int availabilityChanges;
  private double availabilityDelta;
  private int trainingCompletions;
  private List<String> subjects = List.of();
  private int firstPoor;
  private int firstNotRecommended;
  private int firstLate;

  private HistoryDay(LocalDate day) {
    this.day = day;
  }

  /** The day {@code n} days before {@link #AS_OF} (1: the day before). */
  static HistoryDay ago(int n) {
    return new HistoryDay(AS_OF.minusDays(n));
  }

  static HistoryDay on(LocalDate day) {
    return new HistoryDay(day);
  }

  /** A quiet day (nothing happened) {@code n} days before the as-of date. */
  static TutorDayClosed quiet(int n) {
    return ago(n).build();
  }

  HistoryDay tutor(String id) {
    tutorId = id;
    return this;
  }

  /** {@code n} held sessions, all scheduled that day. */
  HistoryDay held(int n) {
    held = n;
    scheduled = n + noShows;
    return this;
  }

  HistoryDay scheduled(int n) {
    scheduled = n;
    return this;
  }

  HistoryDay noShows(int n) {
    noShows = n;
    return this;
  }

  HistoryDay reschedules(int tutor, int shortNotice) {
    tutorReschedules = tutor;
    this.shortNotice = shortNotice;
    return this;
  }

  HistoryDay lateStarts(int n) {
    lateStarts = n;
    return this;
  }

  HistoryDay firstSessions(int rated, int successful, int poor, int notRecommended, int late) {
    firstSessions = rated;
    firstSuccessful = successful;
    firstPoor = poor;
    firstNotRecommended = notRecommended;
    firstLate = late;
    return this;
  }

  HistoryDay ratings(int count, int sum) {
    ratingsCount = count;
    ratingsSum = sum;
    return this;
  }

  HistoryDay engagementSum(double sum) {
    engagementSum = sum;
    return this;
  }

  HistoryDay objectivesMet(int n) {
    objectivesMet = n;
    return this;
  }

  HistoryDay technicalIssues(int n) {
    technicalIssues = n;
    return this;
  }

  HistoryDay logins(int n) {
    logins = n;
    return this;
  }

  HistoryDay responses(double... minutes) {
    for (double m : minutes) {
      responses.add(m);
    }
    return this;
  }

  HistoryDay availability(int changes, double hoursDelta) {
    availabilityChanges = changes;
    availabilityDelta = hoursDelta;
    return this;
  }

  HistoryDay training(int n) {
    trainingCompletions = n;
    return this;
  }

  HistoryDay subjects(String... names) {
    subjects = List.of(names);
    return this;
  }

  TutorDayClosed build() {
    double responseSum = responses.stream().mapToDouble(Double::doubleValue).sum();
    List<Double> sorted = new ArrayList<>(responses);
    sorted.sort(null);
    return new TutorDayClosed(
        tutorId,
        day,
        scheduled,
        held,
        noShows,
        tutorReschedules,
        shortNotice,
        lateStarts,
        firstSessions,
        firstSuccessful,
        ratingsCount,
        ratingsSum,
        engagementSum,
        objectivesMet,
        technicalIssues,
        logins,
        responses.size(),
        responseSum,
        availabilityChanges,
        availabilityDelta,
        trainingCompletions,
        day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1),
        sorted,
        subjects,
        firstPoor,
        firstNotRecommended,
        firstLate);
  }
}
